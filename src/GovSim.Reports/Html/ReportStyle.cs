namespace GovSim.Reports.Html;

/// <summary>
/// The page's style sheet, inlined so that the report is one file that opens anywhere, offline:
/// the system's own fonts, a readable measure, bordered tables, and print rules that keep tables
/// and figures whole on paper.
/// </summary>
internal static class ReportStyle
{
    public const string Css = """
        :root {
          --ink: #1d2430; --muted: #5b6675; --rule: #c9d1dc; --band: #f3f6f9; --accent: #1f5f99;
          --sig: #fff3cd; --sig-ink: #7a4b00;
        }
        * { box-sizing: border-box; }
        html { background: #e9edf2; }
        body {
          margin: 0 auto; max-width: 1120px; padding: 0 40px 48px; background: #fff; color: var(--ink);
          font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans",
            "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
        }
        header { margin: 0 -40px 8px; padding: 28px 40px 22px; background: var(--accent); color: #fff; }
        header h1 { margin: 0 0 4px; font-size: 26px; font-weight: 650; letter-spacing: -0.01em; }
        header p { margin: 0; color: #dbe7f3; }
        h2 { margin: 36px 0 10px; padding-bottom: 6px; border-bottom: 2px solid var(--accent); font-size: 20px; color: var(--accent); }
        h3 { margin: 22px 0 8px; font-size: 16px; }
        p { margin: 8px 0; }
        .question { margin: 16px 0; padding: 14px 18px; border-left: 4px solid var(--accent); background: var(--band); font-size: 17px; }
        .muted, caption, figcaption, .note { color: var(--muted); }
        .note { font-size: 13px; }
        code, kbd, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: 13px; }
        pre { padding: 12px 14px; background: var(--band); border: 1px solid var(--rule); border-radius: 4px; white-space: pre-wrap; overflow-wrap: anywhere; }
        table { width: 100%; margin: 8px 0 4px; border-collapse: collapse; font-size: 13.5px; font-variant-numeric: tabular-nums; }
        caption { caption-side: top; text-align: left; padding-bottom: 6px; font-size: 13px; }
        th, td { padding: 5px 9px; border: 1px solid var(--rule); vertical-align: top; text-align: left; }
        thead th { background: var(--band); font-weight: 600; }
        td.num, th.num { text-align: right; white-space: nowrap; }
        tbody tr:nth-child(even) td { background: #fafbfc; }
        td.sig { background: var(--sig) !important; color: var(--sig-ink); font-weight: 700; }
        .bounds { display: block; font-size: 11.5px; font-weight: 400; color: var(--muted); }
        td.sig .bounds { color: var(--sig-ink); }
        .key { display: inline-block; padding: 0 6px; background: var(--sig); color: var(--sig-ink); font-weight: 700; border: 1px solid #e8d49a; border-radius: 3px; }
        .tier { display: inline-block; min-width: 74px; padding: 0 6px; border-radius: 3px; font-size: 12px; color: #fff; text-align: center; }
        .tier-city { background: #1f5f99; } .tier-district { background: #4f7cac; } .tier-street { background: #2e8b6f; } .tier-community { background: #8a6d3b; }
        /* Fixed columns, so that the structures' unit tables line up one under the other. */
        table.units { table-layout: fixed; }
        table.units th:nth-child(1) { width: 23%; } table.units th:nth-child(2) { width: 11%; }
        table.units th:nth-child(3), table.units th:nth-child(4) { width: 21%; }
        table.units code { font-size: 12.5px; }
        table.assumptions { table-layout: fixed; }
        table.assumptions th:nth-child(1) { width: 19%; } table.assumptions th:nth-child(2) { width: 26%; }
        table.assumptions th:nth-child(3) { width: 17%; }
        table.assumptions td { overflow-wrap: break-word; }
        table.assumptions td.mono { font-size: 12px; }
        table.assumptions td:first-child { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
        h3.mono { font-size: 14px; font-weight: 600; }
        table.settings th { width: 40%; font-weight: 600; background: var(--band); }
        .desc { margin: 4px 0 14px; }
        .desc dt { font-weight: 650; }
        .desc dd { margin: 2px 0 10px 0; }
        figure { margin: 22px 0; padding: 12px; border: 1px solid var(--rule); border-radius: 4px; }
        figure img { display: block; width: 100%; height: auto; }
        figcaption { margin-top: 8px; font-size: 13.5px; }
        figcaption b { color: var(--ink); }
        footer { margin-top: 40px; padding-top: 10px; border-top: 1px solid var(--rule); font-size: 12.5px; color: var(--muted); }
        @media print {
          html, body { background: #fff; }
          body { max-width: none; padding: 0; font-size: 11pt; }
          header { margin: 0 0 8px; padding: 0 0 8px; background: none; color: var(--ink); border-bottom: 2px solid var(--ink); }
          header p { color: var(--muted); }
          h2 { break-after: avoid; }
          figure, .question, tr { break-inside: avoid; }
          figure { border: none; padding: 0; }
          td.sig { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """;
}
