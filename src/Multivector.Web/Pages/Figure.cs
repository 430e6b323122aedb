using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Multivector.Web.Pages;

/// <summary>
/// A chart's data as one tidy table: the chart draws it, the page shows it as an accessible table, and its CSV
/// link downloads exactly these rows. <see cref="Kind"/> tells charts.js how to read the columns:
/// line (x, series, y[, low, high]), bar (category, series, value), strip (roll call, state, vote) and
/// events (date, format, title).
/// </summary>
internal sealed record Figure(string Id, string Title, string Kind, IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows, string? YName = null, string? Note = null)
{
    private static readonly JsonSerializerOptions Json = new() { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public string Html(string csvHref)
    {
        var spec = JsonSerializer.Serialize(new
        {
            kind = Kind,
            title = Title,
            columns = Columns,
            rows = Rows.Select(r => r.Select(Clean)),
            yName = YName,
        }, Json);
        var table = new StringBuilder();
        table.Append("<table><caption>").Append(Layout.E(Title)).Append("</caption><thead><tr>");
        foreach (var c in Columns) table.Append("<th scope=\"col\">").Append(Layout.E(c)).Append("</th>");
        table.Append("</tr></thead><tbody>");
        foreach (var row in Rows)
        {
            table.Append("<tr>");
            foreach (var cell in row) table.Append("<td>").Append(Layout.E(Text(cell))).Append("</td>");
            table.Append("</tr>");
        }
        table.Append("</tbody></table>");
        return $"""
            <figure class="chart" id="{Id}" data-kind="{Kind}">
            <figcaption>{Layout.E(Title)}</figcaption>
            <div class="chart-canvas" role="img" aria-label="{Layout.E(Title)}: chart; the data table below has the same figures"></div>
            <script type="application/json" class="chart-data">{spec}</script>
            {(Note is null ? "" : $"<p class=\"note\">{Layout.E(Note)}</p>")}
            <p class="chart-links"><a class="csv" href="{csvHref}" download="{Id}.csv">Download the data (CSV)</a></p>
            <details><summary>Data table</summary>{table}</details>
            </figure>
            """;
    }

    /// <summary>The rows as CSV (RFC 4180), numbers in invariant culture, undefined numbers empty.</summary>
    public string Csv()
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', Columns.Select(Quote)).Append("\r\n");
        foreach (var row in Rows) csv.AppendJoin(',', row.Select(c => Quote(Text(c)))).Append("\r\n");
        return csv.ToString();
    }

    private static object? Clean(object? cell) => cell is double d && !double.IsFinite(d) ? null : cell;

    private static string Text(object? cell) => cell switch
    {
        null => "",
        double d => double.IsFinite(d) ? d.ToString("0.######", CultureInfo.InvariantCulture) : "",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };

    // A leading =, +, - or @ would run as a formula in a spreadsheet; a quote before it keeps it text.
    private static string Quote(string text)
    {
        if (text.Length > 0 && "=+@".Contains(text[0], StringComparison.Ordinal)) text = "'" + text;
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}

/// <summary>What a page handler builds: its title, its HTML body and the figures in it (which the CSV route serves).</summary>
internal sealed record PageModel(string Title, string Body, IReadOnlyList<Figure> Figures);
