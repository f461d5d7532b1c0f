using GovSim.Distributions;

namespace GovSim.Models.Spec;

/// <summary>The switches and parameters of the mechanisms that are not properties of one unit type.</summary>
/// <param name="HopDelay">Transfer delay of each hop between units (M3): paperwork, approval, information lag; hours.</param>
/// <param name="ResponsibilityLists">Whether responsibility lists and street ratings of departments are in force (M4).</param>
/// <param name="ResponsibilityListFactor">Multiplies every unit's buck-passing probability when they are.</param>
/// <param name="Satisfaction">How residents judge a resolved case (M11), and whether they reopen it (M7).</param>
public sealed record MechanismSpec(
    Distribution HopDelay,
    bool ResponsibilityLists,
    double ResponsibilityListFactor,
    SatisfactionSpec Satisfaction)
{
    /// <summary>Whistle-and-report (M6): whether coordinators that may whistle do, and the closed loop.</summary>
    public WhistleSpec Whistle { get; init; } = WhistleSpec.Default;
}

/// <summary>
/// The whistle-and-report mechanism (吹哨报到, M6) as a whole. Which coordinators may whistle is a
/// property of their unit type (<see cref="CoordinationSpec.Whistle"/>); this switch turns the
/// mechanism on or off for all of them (for ablations).
/// </summary>
/// <param name="Enabled">Whether coordinators that may whistle do.</param>
/// <param name="Feedback">
/// Closed-loop feedback: after joint handling, the coordinator reports the result back to the
/// resident, which adds <paramref name="FeedbackWeight"/> to the satisfaction score of the case.
/// </param>
/// <param name="FeedbackWeight">Added to the satisfaction model's score of a whistled case with feedback (assumption).</param>
public sealed record WhistleSpec(bool Enabled, bool Feedback, double FeedbackWeight)
{
    public static readonly WhistleSpec Default = new(true, true, 0.5);
}

/// <summary>
/// The satisfaction model (M11): a resident is satisfied with probability
/// logistic(<see cref="Base"/> − <see cref="LatenessWeight"/> × max(0, time/deadline − 1) − <see cref="BounceWeight"/> × bounces − <see cref="HopWeight"/> × hops).
/// An unsatisfied resident reopens the case with probability <see cref="ReopenProbability"/> (M7, when <see cref="Reopen"/> is on).
/// </summary>
public sealed record SatisfactionSpec(
    double Base,
    double LatenessWeight,
    double BounceWeight,
    double HopWeight,
    bool Reopen,
    double ReopenProbability);
