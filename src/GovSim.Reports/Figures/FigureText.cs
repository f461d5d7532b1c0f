namespace GovSim.Reports.Figures;

/// <summary>
/// Every piece of text the figures draw, in English and Chinese, in one table so that a
/// translation is checked and changed in one place. Names a scenario declares (structures,
/// categories, unit types) are not here: they are drawn as written. Urgency classes are the
/// exception where they carry the usual names of the "232" whistles, which have a standard
/// Chinese form.
/// </summary>
public static class FigureText
{
    // Sweep plots (govsim sweep); {0} is the metric's title.
    public static readonly Phrase SweepTitle = new("{0} (mean over replications, 95% band)", "{0}（各次重复的均值，95%置信带）");
    public static readonly Phrase SweepLoadAxis = new("load factor (× every source's arrival rate)", "负荷系数（各来源到达率的倍数）");
    public static readonly Phrase SweepOverloadNote = new("hollow marker: a unit is overloaded (ρ ≥ 1), figures transient", "空心标记：有单位超负荷（ρ ≥ 1），数值为瞬态");
    public static readonly Phrase SweepResolutionMean = new("Mean resolution time", "平均办结时间");
    public static readonly Phrase SweepResolutionMeanY = new("resolution time, mean (hours)", "办结时间均值（小时）");
    public static readonly Phrase SweepResolutionP90 = new("p90 resolution time", "办结时间第90百分位");
    public static readonly Phrase SweepResolutionP90Y = new("resolution time, p90 (hours)", "办结时间第90百分位（小时）");
    public static readonly Phrase SweepOnTime = new("On-time rate", "按时办结率");
    public static readonly Phrase SweepOnTimeY = new("share of cases resolved by their deadline", "在时限内办结的案件比例");
    public static readonly Phrase SweepBacklog = new("Mean backlog", "平均积压");
    public static readonly Phrase SweepBacklogY = new("open cases, time-average", "未结案件数（时间平均）");

    // Queueing-theory validation (govsim validate --out).
    /// <summary>{0} checks passed of {1}.</summary>
    public static readonly Phrase ValidationTitle = new("Simulated against exact queueing theory: {0} of {1} checks pass", "仿真与排队论精确解对照：{1} 项检验通过 {0} 项");
    public static readonly Phrase ValidationX = new("error of the simulated mean, % of the exact value (0 = theory)", "仿真均值相对精确解的误差（%，0 即理论值）");
    public static readonly Phrase ValidationCi = new("95% CI", "95%置信区间");
    /// <summary>Appended to the row of a check that fails.</summary>
    public static readonly Phrase ValidationFailed = new("(FAILS)", "（未通过）");
    public static readonly Phrase ValidationJudged = new("interval of the verdict (family-wise 99%)", "判定所用区间（族系99%）");

    // Resolution-time ECDF.
    public static readonly Phrase EcdfTitle = new("Resolution time: share of cases resolved within t", "办结时间：t 小时内办结的案件比例");
    public static readonly Phrase EcdfX = new("resolution time t (hours, log scale)", "办结时间 t（小时，对数刻度）");
    public static readonly Phrase EcdfY = new("share of cases resolved", "已办结案件比例");
    /// <summary>A marked quantile: {0} is p50/p90/p99, {1} the hours.</summary>
    public static readonly Phrase QuantileMark = new("{0} {1} h", "{0} {1} 小时");

    // Backlog over time.
    public static readonly Phrase BacklogTitle = new("Backlog: cases open over time (mean and 95% band over replications)", "积压：未结案件数随时间的变化（各次重复的均值与95%置信带）");
    public static readonly Phrase BacklogX = new("simulated time (days)", "仿真时间（天）");
    public static readonly Phrase BacklogY = new("cases open", "未结案件数");
    public static readonly Phrase WarmUp = new("warm-up (not in the summary figures)", "预热期（不计入汇总指标）");

    // Utilisation and queues, per tier and per unit type.
    public static readonly Phrase UtilisationByTierTitle = new("Utilisation of staff per tier (mean, 95% CI)", "各层级人员利用率（均值，95%置信区间）");
    public static readonly Phrase UtilisationByUnitTitle = new("Utilisation of staff per unit type (mean, 95% CI)", "各类单位人员利用率（均值，95%置信区间）");
    public static readonly Phrase Utilisation = new("utilisation (share of staff-time busy)", "利用率（人员忙碌时间占比）");
    public static readonly Phrase QueueByTierTitle = new("Mean queue per unit, per tier (mean, 95% CI)", "各层级平均每个单位排队案件数（均值，95%置信区间）");
    public static readonly Phrase QueueByUnitTitle = new("Mean queue per unit, per unit type (mean, 95% CI)", "各类单位平均每个单位排队案件数（均值，95%置信区间）");
    public static readonly Phrase QueuePerUnit = new("cases waiting per unit (time average)", "每个单位排队等待的案件数（时间平均）");
    public static readonly Phrase Tier = new("tier", "层级");
    public static readonly Phrase UnitType = new("unit type", "单位类型");
    /// <summary>Marks a unit type that a structure does not have, so that a missing bar is not read as zero.</summary>
    public static readonly Phrase NotInStructure = new("not in this structure", "该结构无此类单位");

    // Resolution time by group (box plots); {0} is the grouping noun.
    public static readonly Phrase BoxTitle = new("Resolution time by {0} (box p25–p75, line median, whiskers p10–p90)", "按{0}分的办结时间（箱体 p25–p75，中线为中位数，须线 p10–p90）");
    public static readonly Phrase ResolutionHours = new("resolution time (hours)", "办结时间（小时）");
    public static readonly Phrase Urgency = new("urgency", "紧急程度");
    public static readonly Phrase Category = new("category", "案件类别");
    public static readonly Phrase ResolvingTier = new("resolving tier", "办结层级");
    public static readonly Phrase Complexity = new("complexity", "复杂程度");

    // Paired differences; {0} is the first structure's name.
    public static readonly Phrase DifferencesTitle = new("Paired differences against {0} (95% CI)", "与 {0} 的配对差异（95%置信区间）");
    public static readonly Phrase DifferencesX = new("difference, % of {0}'s mean", "差异（占 {0} 均值的百分比）");
    public static readonly Phrase ResolutionMean = new("resolution time, mean", "办结时间，均值");
    public static readonly Phrase ResolutionP50 = new("resolution time, p50", "办结时间，p50");
    public static readonly Phrase ResolutionP90 = new("resolution time, p90", "办结时间，p90");
    public static readonly Phrase ResolutionP99 = new("resolution time, p99", "办结时间，p99");
    public static readonly Phrase ComprehensiveMean = new("comprehensive cases, mean", "综合性案件办结时间，均值");
    public static readonly Phrase OnTimeRate = new("on-time rate", "按时办结率");
    public static readonly Phrase SatisfactionRate = new("satisfaction rate", "满意率");
    public static readonly Phrase ResolutionRate = new("resolution rate", "解决率");
    public static readonly Phrase Hops = new("hops per case", "每件案件流转次数");
    public static readonly Phrase Bounces = new("bounces per case", "每件案件退回次数");
    public static readonly Phrase Backlog = new("backlog (open cases)", "积压（未结案件数）");

    // Mechanism ablation.
    public static readonly Phrase AblationTitle = new("Mechanism effects (with − without, paired 95% CI)", "哪些机制影响大（有 − 无，配对95%置信区间）");
    public static readonly Phrase AblationX = new("effect on mean resolution time (hours)", "对平均办结时间的影响（小时）");

    /// <summary>
    /// Group labels the program itself names (tiers, complexity, the usual urgency classes) and
    /// the mechanisms an ablation switches off, keyed by their English name.
    /// </summary>
    private static readonly Dictionary<string, string> ChineseNames = new(StringComparer.Ordinal)
    {
        ["city"] = "市级",
        ["district"] = "区级",
        ["street"] = "街道",
        ["community"] = "社区",
        ["single"] = "单一部门",
        ["comprehensive"] = "综合性",
        ["emergency"] = "紧急",
        ["key"] = "重点",
        ["routine"] = "一般",
        ["M3 transfer delay per hop"] = "M3 逐级转办时延",
        ["M4 buck-passing"] = "M4 推诿",
        ["M4 responsibility lists"] = "M4 职责清单",
        ["M5 coordination delay"] = "M5 协调时延",
        ["M6 whistle-and-report"] = "M6 吹哨报到",
        ["M7 direct dispatch"] = "M7 直接派单",
        ["M7 reopening by unsatisfied residents"] = "M7 不满意重办",
        ["M9 work calendars"] = "M9 工作时间安排",
        ["M10 queue disciplines"] = "M10 排队规则",
    };

    /// <summary>
    /// <paramref name="name"/> in <paramref name="language"/> when it is a name the program
    /// itself gives (a tier, a complexity, a usual urgency class, a mechanism); any other name
    /// (a structure, category or unit type of the scenario) as written.
    /// </summary>
    public static string Name(string name, FigureLanguage language) =>
        language == FigureLanguage.Chinese && ChineseNames.TryGetValue(name, out var chinese) ? chinese : name;
}
