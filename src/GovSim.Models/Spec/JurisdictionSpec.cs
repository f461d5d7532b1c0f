namespace GovSim.Models.Spec;

/// <summary>
/// A generated jurisdiction tree: one city, <see cref="Districts"/> districts, each with
/// <see cref="StreetsPerDistrict"/> streets, each with <see cref="CommunitiesPerStreet"/> communities.
/// Nodes of a tier are numbered 0.. in order, so the parent of node i of a tier is found by division.
/// </summary>
public sealed record JurisdictionSpec(int Districts, int StreetsPerDistrict, int CommunitiesPerStreet)
{
    public int NodeCount(Tier tier) => tier switch
    {
        Tier.City => 1,
        Tier.District => Districts,
        Tier.Street => Districts * StreetsPerDistrict,
        Tier.Community => Districts * StreetsPerDistrict * CommunitiesPerStreet,
        _ => throw new ArgumentOutOfRangeException(nameof(tier)),
    };

    /// <summary>The node of <paramref name="tier"/> that contains community <paramref name="community"/>.</summary>
    public int AncestorOf(int community, Tier tier) => tier switch
    {
        Tier.Community => community,
        Tier.Street => community / CommunitiesPerStreet,
        Tier.District => community / (CommunitiesPerStreet * StreetsPerDistrict),
        Tier.City => 0,
        _ => throw new ArgumentOutOfRangeException(nameof(tier)),
    };
}
