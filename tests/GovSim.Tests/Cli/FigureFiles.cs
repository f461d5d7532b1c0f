namespace GovSim.Tests.Cli;

/// <summary>What every written figure must be: a real PNG that is not blank, and an SVG beside it that names what it should.</summary>
internal static class FigureFiles
{
    /// <param name="pathWithoutExtension">The figure's path without ".png" / ".svg".</param>
    /// <param name="svgNames">Texts the SVG must contain (e.g. the structures' names).</param>
    public static void AssertFigure(string pathWithoutExtension, params string[] svgNames)
    {
        byte[] png = File.ReadAllBytes(pathWithoutExtension + ".png");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        Assert.True(png.Length > 20_000, $"{pathWithoutExtension}.png is only {png.Length} bytes");
        string svg = File.ReadAllText(pathWithoutExtension + ".svg");
        foreach (string name in svgNames) Assert.Contains(name, svg);
    }
}
