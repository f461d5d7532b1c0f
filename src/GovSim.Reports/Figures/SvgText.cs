namespace GovSim.Reports.Figures;

/// <summary>
/// Repairs the characters of SVG text. Skia writes each glyph back as the first code point that
/// maps to it, and CJK fonts share a glyph between an ideograph and its Kangxi radical
/// (人 U+4EBA and ⼈ U+2F08): the text looks right but reads, searches and copies wrong.
/// </summary>
internal static class SvgText
{
    private const char FirstRadical = '\u2F00';

    /// <summary>
    /// The ideograph each Kangxi radical U+2F00…U+2FD5 stands for, in order (their Unicode
    /// compatibility decompositions, written out because invariant globalisation cannot normalise).
    /// </summary>
    private const string Ideographs =
        "一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十卜卩厂厶又口囗土士夂夊夕大女子宀寸小尢尸屮山巛工己巾干幺广廴廾弋弓彐彡彳心戈戶手支攴文斗斤方无日曰月木欠止歹殳毋比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮皿目矛矢石示禸禾穴立竹米糸缶网羊羽老而耒耳聿肉臣自至臼舌舛舟艮色艸虍虫血行衣襾見角言谷豆豕豸貝赤走足身車辛辰辵邑酉釆里金長門阜隶隹雨靑非面革韋韭音頁風飛食首香馬骨高髟鬥鬯鬲鬼魚鳥鹵鹿麥麻黃黍黑黹黽鼎鼓鼠鼻齊齒龍龜龠";

    /// <summary><paramref name="svg"/> with every Kangxi radical replaced by the ideograph it stands for.</summary>
    public static string RestoreIdeographs(string svg) =>
        string.Create(svg.Length, svg, static (target, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                int radical = source[i] - FirstRadical;
                target[i] = radical >= 0 && radical < Ideographs.Length ? Ideographs[radical] : source[i];
            }
        });
}
