using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Multivector.Model;

namespace Multivector.Texts;

/// <summary>What a framing marker marks: docs/framing.md defines each group and lists every pattern.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<FramingGroup>))]
public enum FramingGroup
{
    /// <summary>The vocabulary of a contested world order: multipolarity, indivisible security, sanctions, hegemonism, rules.</summary>
    WorldOrder,
    /// <summary>Praise of a partner's political system or ruling party.</summary>
    PartnerSystem,
    /// <summary>Cooperation against terrorism, extremism and other security threats.</summary>
    Security,
    /// <summary>Sovereignty, independence and territorial integrity.</summary>
    Sovereignty,
}

/// <summary>A marker of the lexicon: an id, what it marks, and its patterns by language.</summary>
public sealed record FramingMarker(string Id, string Label, FramingGroup Group, IReadOnlyDictionary<string, IReadOnlyList<string>> Patterns);

/// <summary>A transport corridor or route of the gazetteer, with its endpoints and the partners it points toward.</summary>
public sealed record Corridor(string Id, string Name, string Endpoints, IReadOnlyList<string> Toward, IReadOnlyDictionary<string, IReadOnlyList<string>> Patterns);

/// <summary>
/// The framing lexicon (version <see cref="Version"/>) and the corridor gazetteer, in English, Russian and, where
/// the wording is fixed enough, Chinese. Patterns are case-insensitive regular expressions matched on whole
/// words at their start (Russian stems end in \w*, so case endings match). docs/framing.md is the readable
/// copy, and tests/Multivector.Tests/Texts/FramingLabels.cs the hand-labelled clauses they are scored on.
/// </summary>
public static class Framing
{
    /// <summary>Raised whenever a pattern is added, removed or changed, so counts say which lexicon made them.</summary>
    public const string Version = "1";

    private static Dictionary<string, IReadOnlyList<string>> P(string[] en, string[] ru, string[]? zh = null)
    {
        var d = new Dictionary<string, IReadOnlyList<string>> { ["en"] = en, ["ru"] = ru };
        if (zh is not null) d["zh"] = zh;
        return d;
    }

    public static IReadOnlyList<FramingMarker> Markers { get; } =
    [
        new("multipolarity", "multipolarity", FramingGroup.WorldOrder,
            P([@"multi-?polar\w*"], [@"многополярн\w*", @"полицентричн\w*"], ["多极"])),
        new("indivisible-security", "indivisible security", FramingGroup.WorldOrder,
            P([@"indivisib\w* (?:of )?security", @"security (?:is|be) indivisible", @"security architecture based on equality", @"interests and concerns of all (?:parties|states|countries)"],
              [@"неделим\w* безопасност\w*", @"безопасност\w* неделим\w*", @"архитектур\w* безопасности,? основанн\w* на равенств\w*"], ["安全不可分割"])),
        new("unilateral-sanctions", "unilateral sanctions", FramingGroup.WorldOrder,
            P([@"unilateral (?:economic )?sanctions", @"unilateral coercive measures", @"unilateral restrictive measures"],
              [@"односторонн\w* (?:\w+ )?санкц\w*", @"односторонн\w* (?:\w+ )?(?:ограничительн|принудительн)\w* мер\w*"], ["单边制裁"])),
        new("hegemonism", "hegemonism", FramingGroup.WorldOrder,
            P([@"hegemon\w*", @"bloc (?:politics|confrontation|mentality)", @"cold war mentality"], [@"гегемон\w*", @"блоков\w* (?:политик|противостояни|мышлени)\w*"], ["霸权", "冷战思维", "集团对抗"])),
        new("rules-based-order", "a rules-based order", FramingGroup.WorldOrder,
            P([@"(?:international )?rules-based (?:international )?order"], [@"порядк\w*,? основанн\w* на правилах"], ["基于规则的"])),
        new("non-interference", "non-interference", FramingGroup.WorldOrder,
            P([@"non-?interference", @"interfer\w* in (?:the )?internal affairs"], [@"невмешательств\w*", @"вмешательств\w* во внутренние дела"], ["不干涉内政", "干涉内政"])),
        new("colour-revolutions", "colour revolutions", FramingGroup.WorldOrder,
            P([@"colou?r revolutions?"], [@"цветн\w* революц\w*"], ["颜色革命"])),
        new("national-currencies", "settlements in national currencies", FramingGroup.WorldOrder,
            P([@"(?:settlements?|trade|payments?) in national currencies"], [@"расч[её]т\w* в национальн\w* валют\w*"], ["本币结算"])),
        new("partner-party", "praise of a partner's party or political system", FramingGroup.PartnerSystem,
            P([@"Communist Party of China", @"leadership of the (?:Communist )?Party", @"(?:path|model) of (?:development|modernization) (?:chosen|independently chosen)", @"Chinese[- ]style modernization"],
              [@"Коммунистическ\w* парти\w* Китая", @"руководств\w* (?:Коммунистической )?парти\w*", @"модернизаци\w* китайского образца", @"путь развития,? (?:избранн|выбранн)\w*"], ["中国共产党", "党的领导", "中国式现代化"])),
        new("security-cooperation", "security cooperation", FramingGroup.Security,
            P([@"counter(?:ing)?[- ]?terroris\w*", @"terroris\w*", @"extremis\w*", @"security cooperation", @"cooperation on (?:border )?security", @"drug trafficking", @"information security"],
              [@"террор\w*", @"экстремизм\w*", @"сотрудничеств\w* в (?:сфере|области) безопасности", @"наркотрафик\w*", @"информационн\w* безопасност\w*"], ["反恐", "恐怖主义", "极端主义", "安全合作"])),
        new("sovereignty", "sovereignty and territorial integrity", FramingGroup.Sovereignty,
            P([@"sovereign\w*", @"territorial integrity", @"independence"], [@"суверенитет\w*", @"территориальн\w* целостност\w*", @"независимост\w*"], ["主权", "领土完整", "独立"])),
    ];

    /// <summary>The corridors and routes that name a direction: Central Asia's trade and energy links out of the region.</summary>
    public static IReadOnlyList<Corridor> Corridors { get; } =
    [
        new("middle-corridor", "Middle Corridor (Trans-Caspian International Transport Route)", "China – Kazakhstan – Caspian Sea – Azerbaijan – Georgia – Türkiye – Europe",
            ["EU", "TUR", "AZE"], P([@"Middle Corridor", @"Trans-?Caspian (?:International )?(?:Transport|Trade) Route", @"TITR"], [@"Средн\w* коридор\w*", @"Транскаспийск\w* международн\w* транспортн\w* маршрут\w*"], ["中间走廊"])),
        new("north-south", "International North–South Transport Corridor", "Russia – Caspian Sea / Kazakhstan, Turkmenistan – Iran – India",
            ["RUS", "IRN", "IND"], P([@"North[- –—]South (?:International )?(?:Transport )?Corridor", @"INSTC"], [@"Север\s*[-–—]\s*Юг"], ["南北运输走廊"])),
        new("chabahar", "Chabahar port", "Iran (Chabahar) – Afghanistan / Turkmenistan – Central Asia, India's sea route", ["IND", "IRN"],
            P([@"Chabahar"], [@"Чабахар\w*"], ["恰巴哈尔"])),
        new("cku-railway", "China–Kyrgyzstan–Uzbekistan railway", "Kashgar (China) – Kyrgyzstan – Andijan (Uzbekistan)", ["CHN"],
            P([@"China[- –—]Kyrgyz(?:stan)?[- –—]Uzbekistan railway", @"CKU railway"], [@"(?:железн\w* дорог\w*|железнодорожн\w*) «?Китай\s*[-–—]\s*Кыргызстан\s*[-–—]\s*Узбекистан", @"Китай\s*[-–—]\s*Кыргызстан\s*[-–—]\s*Узбекистан"], ["中吉乌铁路"])),
        new("trans-afghan", "Trans-Afghan railway", "Termez (Uzbekistan) – Mazar-i-Sharif – Kabul – Peshawar (Pakistan), toward the Arabian Sea", ["PAK", "AFG"],
            P([@"Trans-?Afghan\w*", @"Termez[- –—]Mazar"], [@"Трансафганск\w*"], ["跨阿富汗铁路"])),
        new("ca-china-gas", "Central Asia–China gas pipeline", "Turkmenistan – Uzbekistan – Kazakhstan – China (Lines A–C, D planned)", ["CHN"],
            P([@"Central Asia[- –—]China gas pipeline"], [@"газопровод\w* «?Центральная Азия\s*[-–—]\s*Китай"], ["中国—中亚天然气管道", "中亚天然气管道"])),
        new("trans-caspian-gas", "Trans-Caspian gas pipeline", "Turkmenistan – Caspian Sea – Azerbaijan – Europe", ["EU", "AZE"],
            P([@"Trans-?Caspian (?:Gas )?Pipeline"], [@"Транскаспийск\w* газопровод\w*"])),
        new("tapi", "TAPI gas pipeline", "Turkmenistan – Afghanistan – Pakistan – India", ["AFG", "PAK", "IND"],
            P([@"TAPI", @"Turkmenistan[- –—]Afghanistan[- –—]Pakistan[- –—]India"], [@"ТАПИ"])),
        new("casa-1000", "CASA-1000 power line", "Kyrgyzstan, Tajikistan – Afghanistan – Pakistan", ["AFG", "PAK"],
            P([@"CASA[- ]?1000"], [@"CASA[- ]?1000", @"КАСА[- ]?1000"])),
    ];

    private static readonly Lazy<(string Id, string Language, Regex Pattern)[]> CompiledMarkers = new(() => Compile(Markers.Select(m => (m.Id, m.Patterns))));
    private static readonly Lazy<(string Id, string Language, Regex Pattern)[]> CompiledCorridors = new(() => Compile(Corridors.Select(c => (c.Id, c.Patterns))));

    // Whole words (so "TAPI" does not fire inside "tapioca"; stems end in \w* to take any ending) for alphabetic scripts; Han
    // text has no word breaks, so its patterns match anywhere.
    private static (string, string, Regex)[] Compile(IEnumerable<(string Id, IReadOnlyDictionary<string, IReadOnlyList<string>> Patterns)> entries) =>
        [.. entries.SelectMany(e => e.Patterns.SelectMany(p => p.Value.Select(pattern =>
            (e.Id, p.Key, new Regex(p.Key == "zh" ? pattern : $@"(?<![\p{{L}}\p{{N}}])(?:{pattern})(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))))))];

    /// <summary>Every marker hit in <paramref name="text"/>: marker id, offset and length, non-overlapping per marker.</summary>
    internal static List<(string Id, int Start, int Length)> MarkerHits(string text) => Hits(CompiledMarkers.Value, text);

    internal static List<(string Id, int Start, int Length)> CorridorHits(string text) => Hits(CompiledCorridors.Value, text);

    private static List<(string Id, int Start, int Length)> Hits((string Id, string Language, Regex Pattern)[] patterns, string text)
    {
        var hits = new List<(string Id, int Start, int Length)>();
        foreach (var group in patterns.GroupBy(p => p.Id))
        {
            var found = group.SelectMany(p => p.Pattern.Matches(text)).OrderBy(m => m.Index).ThenByDescending(m => m.Length);
            var end = -1;
            foreach (var m in found)
            {
                if (m.Index < end) continue;
                hits.Add((group.Key, m.Index, m.Length));
                end = m.Index + m.Length;
            }
        }
        return [.. hits.OrderBy(h => h.Start).ThenBy(h => h.Id, StringComparer.Ordinal)];
    }
}
