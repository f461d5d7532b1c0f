using GovSim.Reports.Figures;

namespace GovSim.Tests.Reports;

public sealed class SvgTextTests
{
    [Fact]
    public void Kangxi_radicals_become_the_ideographs_they_stand_for_and_nothing_else_changes()
    {
        // ⼈ U+2F08 and ⽤ U+2F64 are what Skia writes for the glyphs of 人 and 用.
        string written = "<text>各层级\u2F08员利\u2F64率（均值，95%置信区间）</text>";
        Assert.Equal("<text>各层级人员利用率（均值，95%置信区间）</text>", SvgText.RestoreIdeographs(written));
        Assert.Equal("<text>p50 12 h（ﬁ）</text>", SvgText.RestoreIdeographs("<text>p50 12 h（ﬁ）</text>"));
    }
}
