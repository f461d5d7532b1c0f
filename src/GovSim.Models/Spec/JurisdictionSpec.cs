namespace GovSim.Models.Spec;

/// <summary>
/// The jurisdiction tree: one city, its districts, their streets, the streets' communities. Either
/// generated (every district has the same number of streets, every street the same number of
/// communities) or listed district by district, street by street, since real districts differ many
/// times over in size.
/// </summary>
/// <remarks>
/// Nodes of a tier are numbered 0.. in tree order: the streets of district 0 first, then those of
/// district 1, and so on, and likewise the communities of each street. So the communities under any
/// node are a contiguous run of numbers, and a case's unit at a tier is found from its community
/// through <see cref="AncestorsAt"/>.
/// </remarks>
public sealed class JurisdictionSpec : IEquatable<JurisdictionSpec>
{
    private readonly int[] _streetsOfDistrict;
    private readonly int[] _communitiesOfStreet;
    private readonly int[] _streetOfCommunity;
    private readonly int[] _districtOfCommunity;
    private readonly int[] _communitiesOfDistrict;
    private readonly int[] _districtOfStreet;

    /// <summary>A generated tree: <paramref name="districts"/> districts, each with the same streets, each with the same communities.</summary>
    public JurisdictionSpec(int districts, int streetsPerDistrict, int communitiesPerStreet)
        : this(
            Enumerable.Repeat(streetsPerDistrict, Positive(districts, nameof(districts))).ToArray(),
            Enumerable.Repeat(communitiesPerStreet, districts * Positive(streetsPerDistrict, nameof(streetsPerDistrict))).ToArray(),
            districtNames: null)
    {
        Positive(communitiesPerStreet, nameof(communitiesPerStreet));
    }

    /// <summary>
    /// A listed tree: district d has <paramref name="streetsOfDistrict"/>[d] streets; street s (in
    /// tree order) has <paramref name="communitiesOfStreet"/>[s] communities.
    /// </summary>
    /// <param name="streetsOfDistrict">Streets of each district, at least one each.</param>
    /// <param name="communitiesOfStreet">Communities of each street, at least one each; as many entries as the districts' streets together.</param>
    /// <param name="districtNames">The districts' names as the scenario lists them, or null for a generated tree.</param>
    public JurisdictionSpec(IReadOnlyList<int> streetsOfDistrict, IReadOnlyList<int> communitiesOfStreet, IReadOnlyList<string>? districtNames)
    {
        ArgumentNullException.ThrowIfNull(streetsOfDistrict);
        ArgumentNullException.ThrowIfNull(communitiesOfStreet);
        if (streetsOfDistrict.Count == 0 || streetsOfDistrict.Any(n => n < 1))
            throw new ArgumentException("every district needs at least one street, and there must be a district", nameof(streetsOfDistrict));
        if (communitiesOfStreet.Count != streetsOfDistrict.Sum() || communitiesOfStreet.Any(n => n < 1))
            throw new ArgumentException("every street needs at least one community, one entry per street", nameof(communitiesOfStreet));
        if (districtNames is not null && districtNames.Count != streetsOfDistrict.Count)
            throw new ArgumentException("one name per district", nameof(districtNames));
        _streetsOfDistrict = streetsOfDistrict.ToArray();
        _communitiesOfStreet = communitiesOfStreet.ToArray();
        DistrictNames = districtNames?.ToArray();

        _streetOfCommunity = new int[_communitiesOfStreet.Sum()];
        _districtOfCommunity = new int[_streetOfCommunity.Length];
        _communitiesOfDistrict = new int[_streetsOfDistrict.Length];
        _districtOfStreet = new int[_communitiesOfStreet.Length];
        int street = 0, community = 0;
        for (int d = 0; d < _streetsOfDistrict.Length; d++)
        {
            for (int s = 0; s < _streetsOfDistrict[d]; s++, street++)
            {
                _districtOfStreet[street] = d;
                for (int c = 0; c < _communitiesOfStreet[street]; c++, community++)
                {
                    _streetOfCommunity[community] = street;
                    _districtOfCommunity[community] = d;
                    _communitiesOfDistrict[d]++;
                }
            }
        }
    }

    /// <summary>The districts' names when the scenario lists them; null for a generated tree.</summary>
    public IReadOnlyList<string>? DistrictNames { get; }

    /// <summary>Streets of each district, in tree order.</summary>
    public IReadOnlyList<int> StreetsOfDistrict => _streetsOfDistrict;

    /// <summary>Communities of each street, in tree order.</summary>
    public IReadOnlyList<int> CommunitiesOfStreet => _communitiesOfStreet;

    /// <summary>Whether every district has the same number of streets and every street the same number of communities.</summary>
    public bool IsRegular => _streetsOfDistrict.All(n => n == _streetsOfDistrict[0]) && _communitiesOfStreet.All(n => n == _communitiesOfStreet[0]);

    public int NodeCount(Tier tier) => tier switch
    {
        Tier.City => 1,
        Tier.District => _streetsOfDistrict.Length,
        Tier.Street => _communitiesOfStreet.Length,
        Tier.Community => _streetOfCommunity.Length,
        _ => throw new ArgumentOutOfRangeException(nameof(tier)),
    };

    /// <summary>The node of <paramref name="tier"/> that contains community <paramref name="community"/>.</summary>
    public int AncestorOf(int community, Tier tier) => tier switch
    {
        Tier.Community => community,
        Tier.Street => _streetOfCommunity[community],
        Tier.District => _districtOfCommunity[community],
        Tier.City => 0,
        _ => throw new ArgumentOutOfRangeException(nameof(tier)),
    };

    /// <summary>For every community, its node at <paramref name="tier"/> (a fresh array: the engine's lookup table).</summary>
    public int[] AncestorsAt(Tier tier) =>
        Enumerable.Range(0, _streetOfCommunity.Length).Select(c => AncestorOf(c, tier)).ToArray();

    /// <summary>The communities under the largest node of <paramref name="tier"/>: that node's unit gets the largest share of cases.</summary>
    public int LargestNodeCommunities(Tier tier) =>
        Enumerable.Range(0, NodeCount(tier)).Max(node => CommunitiesUnder(tier, node));

    /// <summary>The communities under node <paramref name="node"/> of <paramref name="tier"/>.</summary>
    public int CommunitiesUnder(Tier tier, int node) => tier switch
    {
        Tier.City => _streetOfCommunity.Length,
        Tier.District => _communitiesOfDistrict[node],
        Tier.Street => _communitiesOfStreet[node],
        Tier.Community => 1,
        _ => throw new ArgumentOutOfRangeException(nameof(tier)),
    };

    /// <summary>The district that holds node <paramref name="node"/> of <paramref name="tier"/> (district, street or community).</summary>
    public int DistrictOf(Tier tier, int node) => tier switch
    {
        Tier.District => node,
        Tier.Street => _districtOfStreet[node],
        Tier.Community => _districtOfCommunity[node],
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "the city is above every district"),
    };

    /// <summary>District <paramref name="district"/>'s name as listed, or "district N" (from 1) in a generated tree.</summary>
    public string DistrictName(int district) =>
        DistrictNames?[district] ?? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"district {district + 1}");

    /// <summary>"3 districts × 4 streets × 5 communities" for a generated tree, else the totals per tier.</summary>
    public string Describe() => IsRegular
        ? $"{NodeCount(Tier.District)} districts × {_streetsOfDistrict[0]} streets × {_communitiesOfStreet[0]} communities"
        : $"{NodeCount(Tier.District)} districts, {NodeCount(Tier.Street)} streets, {NodeCount(Tier.Community)} communities (listed)";

    public bool Equals(JurisdictionSpec? other) =>
        other is not null
        && _streetsOfDistrict.AsSpan().SequenceEqual(other._streetsOfDistrict)
        && _communitiesOfStreet.AsSpan().SequenceEqual(other._communitiesOfStreet)
        && (DistrictNames ?? []).SequenceEqual(other.DistrictNames ?? []);

    public override bool Equals(object? obj) => Equals(obj as JurisdictionSpec);

    public override int GetHashCode() => HashCode.Combine(_streetsOfDistrict.Length, _communitiesOfStreet.Length, _streetOfCommunity.Length);

    public static bool operator ==(JurisdictionSpec? a, JurisdictionSpec? b) => a is null ? b is null : a.Equals(b);

    public static bool operator !=(JurisdictionSpec? a, JurisdictionSpec? b) => !(a == b);

    public override string ToString() => Describe();

    private static int Positive(int n, string name) => n >= 1 ? n : throw new ArgumentOutOfRangeException(name, n, "must be at least 1");
}
