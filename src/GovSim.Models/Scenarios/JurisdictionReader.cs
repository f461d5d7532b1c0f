using GovSim.Models.Spec;
using GovSim.Scenarios;
using YamlDotNet.RepresentationModel;

namespace GovSim.Models.Scenarios;

/// <summary>
/// Reads <c>jurisdiction</c>: a generated tree (<c>districts</c> a number, with
/// <c>streets_per_district</c> and <c>communities_per_street</c>), or a listed one (<c>districts</c> a
/// mapping from district name to its <c>streets</c> and <c>communities_per_street</c>, the latter a
/// number or one number per street; the top-level keys then give the values a district leaves out,
/// and a list of communities counts a district's streets itself).
/// </summary>
internal static class JurisdictionReader
{
    private const string StreetsPerDistrict = "streets_per_district";
    private const string CommunitiesPerStreet = "communities_per_street";
    private const string WholeNumber = "a whole number of at least 1";

    public static JurisdictionSpec Read(YamlNodeReader node)
    {
        var fields = node.Fields("jurisdiction", "districts", StreetsPerDistrict, CommunitiesPerStreet);
        var districts = fields.Required("districts", "a number of districts, or a mapping from district name to its streets");
        var streetsDefault = fields.Optional(StreetsPerDistrict);
        var communitiesDefault = fields.Optional(CommunitiesPerStreet);
        if (districts.Node is not YamlMappingNode)
        {
            int count = Count(districts, "districts");
            int streets = Count(streetsDefault ?? throw node.MissingError(StreetsPerDistrict, $"required field '{StreetsPerDistrict}' is missing ({WholeNumber})"), StreetsPerDistrict);
            int communities = Count(communitiesDefault ?? throw node.MissingError(CommunitiesPerStreet, $"required field '{CommunitiesPerStreet}' is missing ({WholeNumber})"), CommunitiesPerStreet);
            // Multiplied exactly (each factor may be up to 2^31), before the tree is built.
            decimal total = (decimal)count * streets * communities;
            if (total > ModelSize.MaxCommunities)
                throw node.EntryError($"the tree would have {ModelSize.Count(total)} communities ({count} districts × {streets} streets × {communities} communities), "
                    + $"more than GovSim can hold in memory (at most {ModelSize.Limit})");
            return new JurisdictionSpec(count, streets, communities);
        }

        var entries = districts.Entries("a mapping from district name to its streets");
        if (entries.Count == 0) throw districts.Error("at least one district is required");
        var streetsOfDistrict = new List<int>(entries.Count);
        var communitiesOfStreet = new List<int>();
        long communitiesSoFar = 0;
        foreach (var district in entries)
        {
            var own = district.Fields($"district '{district.Name}'", "streets", CommunitiesPerStreet);
            var ownStreets = own.Optional("streets");
            var communitiesNode = own.Optional(CommunitiesPerStreet) ?? communitiesDefault
                ?? throw district.MissingError(CommunitiesPerStreet, $"district '{district.Name}' needs '{CommunitiesPerStreet}' ({WholeNumber}, or one per street), or the jurisdiction a default");
            List<int> communities;
            if (communitiesNode.Node is YamlSequenceNode)
            {
                var items = communitiesNode.Items("one whole number per street");
                if (items.Count == 0) throw communitiesNode.Error("a district needs at least one street");
                communities = items.Select(i => Count(i, CommunitiesPerStreet)).ToList();
                // A list counts the streets itself; only the district's own 'streets' must agree with it.
                if (ownStreets is not null && Count(ownStreets, "streets") != communities.Count)
                    throw communitiesNode.Error($"district '{district.Name}' has {Count(ownStreets, "streets")} streets but {communities.Count} entries in '{CommunitiesPerStreet}'");
            }
            else
            {
                int streets = Count(ownStreets ?? streetsDefault ?? throw district.MissingError("streets", $"district '{district.Name}' needs 'streets' ({WholeNumber}), or the jurisdiction a '{StreetsPerDistrict}'"), "streets");
                int each = Count(communitiesNode, CommunitiesPerStreet);
                // Checked before the streets are listed one by one.
                TooLarge(district, communitiesSoFar + (long)streets * each);
                communities = Enumerable.Repeat(each, streets).ToList();
            }
            communitiesSoFar += communities.Sum(c => (long)c);
            TooLarge(district, communitiesSoFar);
            streetsOfDistrict.Add(communities.Count);
            communitiesOfStreet.AddRange(communities);
        }
        return new JurisdictionSpec(streetsOfDistrict, communitiesOfStreet, entries.Select(e => e.Name).ToList());
    }

    private static int Count(YamlNodeReader node, string key) => GovernanceValues.WholeAtLeast(node, key, 1);

    private static void TooLarge(YamlNodeReader district, long communities)
    {
        if (communities > ModelSize.MaxCommunities)
            throw district.EntryError($"with district '{district.Name}' the tree has {ModelSize.Count(communities)} communities, more than GovSim can hold in memory (at most {ModelSize.Limit})");
    }
}
