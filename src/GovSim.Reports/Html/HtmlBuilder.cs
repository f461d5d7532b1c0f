using System.Globalization;
using System.Text;

namespace GovSim.Reports.Html;

/// <summary>
/// Appends HTML to a buffer. Text goes through <see cref="Text"/> and attribute values through
/// <see cref="Attribute"/>, both escaped, so that no name or comment from a scenario file can
/// become markup; only the page's own fixed tags are written raw.
/// </summary>
internal sealed class HtmlBuilder
{
    private readonly StringBuilder _html = new();

    /// <summary>Appends the page's own markup as it is (never user text).</summary>
    public HtmlBuilder Raw(string markup)
    {
        _html.Append(markup);
        return this;
    }

    /// <summary>Appends text, escaped.</summary>
    public HtmlBuilder Text(string text)
    {
        _html.Append(Escape(text));
        return this;
    }

    /// <summary>Appends <c>&lt;tag&gt;text&lt;/tag&gt;</c> with the text escaped; <paramref name="cssClass"/> is the page's own.</summary>
    public HtmlBuilder Element(string tag, string text, string? cssClass = null)
    {
        _html.Append('<').Append(tag);
        if (cssClass is not null) _html.Append(" class=\"").Append(cssClass).Append('"');
        _html.Append('>').Append(Escape(text)).Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>Appends <c> name="value"</c> with the value escaped.</summary>
    public HtmlBuilder Attribute(string name, string value)
    {
        _html.Append(' ').Append(name).Append("=\"").Append(Escape(value)).Append('"');
        return this;
    }

    public HtmlBuilder Line(string markup = "")
    {
        _html.Append(markup).Append('\n');
        return this;
    }

    public override string ToString() => _html.ToString();

    /// <summary>Escapes the five characters that are markup in text and in quoted attribute values.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }

    /// <summary>A number as the tables print it: invariant culture, about four significant digits.</summary>
    public static string Number(double x) =>
        double.IsNaN(x) ? "–"
        : x == 0 ? "0"
        : Math.Abs(x) >= 1000 ? x.ToString("#,0", CultureInfo.InvariantCulture)
        : x.ToString("G4", CultureInfo.InvariantCulture);
}
