namespace GovSim.Models.Engine;

/// <summary>Scopes and names of the figures a governance run reports; times in hours.</summary>
public static class GovernanceMetrics
{
    public const string Overall = "overall";
    public const string All = "all";
    public const string CategoryScope = "category";
    public const string UrgencyScope = "urgency";
    public const string ResolvingTierScope = "resolving_tier";
    public const string TierScope = "tier";
    /// <summary>Each unit type, over all its units.</summary>
    public const string UnitScope = "unit";
    /// <summary>
    /// Each unit type of the district, street and community tiers, over its units in one district:
    /// entity "unit type @ district" (the district's name, or "district N" from 1 in a generated tree).
    /// </summary>
    public const string UnitInDistrictScope = "unit_in_district";
    /// <summary>Single-department and comprehensive cases (M5).</summary>
    public const string ComplexityScope = "complexity";
    public const string SingleCases = "single";
    public const string ComprehensiveCases = "comprehensive";

    public const string ArrivalRate = "arrivals_per_hour";
    public const string ResolutionMean = "resolution_mean";
    public const string ResolutionP50 = "resolution_p50";
    public const string ResolutionP90 = "resolution_p90";
    public const string ResolutionP99 = "resolution_p99";
    public const string OnTimeRate = "on_time_rate";
    /// <summary>Share of cases a unit has finished its first piece of work on by the end of the run.</summary>
    public const string ResponseRate = "response_rate";
    /// <summary>Share of closed cases the resident did not reopen.</summary>
    public const string ResolutionRate = "resolution_rate";
    /// <summary>Share of closed cases whose resident was satisfied at closure (satisfaction model, M11).</summary>
    public const string SatisfactionRate = "satisfaction_rate";
    public const string Hops = "hops_mean";
    public const string Bounces = "bounces_mean";
    public const string Reopenings = "reopenings_per_case";
    /// <summary>Time-average number of cases open.</summary>
    public const string Backlog = "backlog_mean";
    /// <summary>Share of closed cases resolved at this tier.</summary>
    public const string Share = "share";
    public const string Utilisation = "utilisation";
    /// <summary>Mean number of cases waiting per unit.</summary>
    public const string QueuePerUnit = "queue_per_unit";
    public const string Staff = "staff";
    public const string Cost = "cost";
    /// <summary>Share of cases that were comprehensive (M5).</summary>
    public const string ComprehensiveShare = "comprehensive_share";
    /// <summary>Mean hours from a whistle to a summoned department's staff reaching the case (M6).</summary>
    public const string ReportMean = "report_mean";
    /// <summary>Share of summoned departments that reported within the report deadline of the case's urgency class (M6).</summary>
    public const string ReportOnTimeRate = "report_on_time_rate";
}
