using System.Text;
using System.Text.Encodings.Web;
using OpsRhythm.Cards.Localization;

namespace OpsRhythm.Bot.Dashboard.Export;

/// <summary>
/// An export as a printable HTML page: no script, every value HTML-encoded, A4 print styles (tables
/// break between rows, headers repeat), a CJK font stack so Chinese prints as typed.
/// </summary>
internal static class PrintablePage
{
    public const string ContentType = "text/html; charset=utf-8";

    // Chinese is written as characters, not as entities; markup characters are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private const string Style = """
        body { font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Segoe UI", sans-serif; margin: 24px; color: #111; }
        h1 { font-size: 20px; margin: 0 0 8px; }
        h2 { font-size: 16px; margin: 20px 0 6px; }
        dl { display: grid; grid-template-columns: max-content auto; gap: 2px 16px; margin: 0 0 12px; }
        dt { color: #555; }
        dd { margin: 0; }
        table { border-collapse: collapse; width: 100%; font-size: 12px; }
        th, td { border: 1px solid #999; padding: 4px 6px; text-align: left; vertical-align: top; white-space: pre-wrap; }
        th { background: #eee; }
        td.number { text-align: right; }
        tr { break-inside: avoid; }
        thead { display: table-header-group; }
        .hint { color: #555; font-size: 12px; }
        @media print { .hint { display: none; } body { margin: 0; } @page { size: A4; margin: 15mm; } }
        """;

    public static string Render(ExportDocument document, Localizer text)
    {
        var html = Encoder;
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html><html lang=\"").Append(text.IsEnglish ? "en-US" : "zh-CN").Append("\"><head><meta charset=\"utf-8\"><title>")
            .Append(html.Encode(document.Title)).Append("</title><style>").Append(Style).Append("</style></head><body>");
        page.Append("<p class=\"hint\">").Append(html.Encode(text["Planning.Export.PrintHint"])).Append("</p>");
        page.Append("<h1>").Append(html.Encode(document.Title)).Append("</h1><dl>");
        foreach (var (label, value) in document.Facts)
        {
            page.Append("<dt>").Append(html.Encode(label)).Append("</dt><dd>").Append(html.Encode(value)).Append("</dd>");
        }

        page.Append("</dl>");
        foreach (var table in document.Tables)
        {
            page.Append("<h2>").Append(html.Encode(table.Title)).Append("</h2><table><thead><tr>");
            foreach (var column in table.Columns)
            {
                page.Append("<th scope=\"col\">").Append(html.Encode(column)).Append("</th>");
            }

            page.Append("</tr></thead><tbody>");
            foreach (var row in table.Rows)
            {
                page.Append("<tr>");
                foreach (var cell in row)
                {
                    page.Append(cell.IsNumber ? "<td class=\"number\">" : "<td>").Append(html.Encode(cell.Display(text.Culture))).Append("</td>");
                }

                page.Append("</tr>");
            }

            page.Append("</tbody></table>");
        }

        return page.Append("</body></html>").ToString();
    }
}
