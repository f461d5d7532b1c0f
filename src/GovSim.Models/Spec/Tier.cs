namespace GovSim.Models.Spec;

/// <summary>The four tiers of city governance, top down (MODEL.md §2; seed 000_3640bee6a645a92e.txt).</summary>
public enum Tier
{
    City = 0,
    District = 1,
    Street = 2,
    Community = 3,
}
