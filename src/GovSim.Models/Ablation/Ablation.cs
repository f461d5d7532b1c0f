using GovSim.Models.Spec;

namespace GovSim.Models.Ablation;

/// <summary>A structure with one mechanism switched off, everything else (and the cases) unchanged.</summary>
/// <param name="Mechanism">The mechanism's id and name, e.g. "M4 buck-passing".</param>
/// <param name="Change">What switching it off changes, in words.</param>
/// <param name="Spec">The structure without it.</param>
public sealed record Ablation(string Mechanism, string Change, GovernanceSpec Spec);
