using GovSim.Cli.Output;

namespace GovSim.Tests.Cli;

/// <summary>The source commit a report names, read from the version the build stamped.</summary>
public sealed class ProgramVersionTests
{
    private const string Sha = "c4afe7ec7c4a47f9b34890006e1a4429c95c399f";

    [Fact]
    public void A_clean_build_names_its_commit() =>
        Assert.Equal(Sha, ProgramVersion.StampedCommit($"1.0.0+{Sha}"));

    [Fact]
    public void A_build_from_changed_sources_says_so() =>
        Assert.Equal($"{Sha}, built from sources changed since", ProgramVersion.StampedCommit($"1.0.0+{Sha}.modified"));

    [Theory]
    [InlineData("1.0.0")]
    [InlineData("1.0.0+local")]
    [InlineData("1.0.0+c4afe7e.modified")]
    public void Anything_else_names_no_commit(string informational) =>
        Assert.Null(ProgramVersion.StampedCommit(informational));
}
