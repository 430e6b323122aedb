using System.Text.Json.Serialization;
using Multivector.Model;
using System.Text.RegularExpressions;

namespace Multivector.Texts;

/// <summary>What joint statements commit to. The taxonomy and its seed phrases are described in docs/methodology.md.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<Topic>))]
public enum Topic
{
    Sovereignty,
    Security,
    Afghanistan,
    TradeTransport,
    Energy,
    CriticalMinerals,
    ClimateWater,
    EducationCulture,
    Health,
    Digital,
    HumanRights,
    WorldOrder,
    MigrationLabour,
    Institutions,
}

/// <summary>One topic: a label, what it covers, keywords that tag a clause outright, and seed sentences for the embedding match.</summary>
internal sealed record TopicDefinition(Topic Topic, string Label, string Covers, IReadOnlyList<string> Keywords, IReadOnlyList<string> Seeds);

/// <summary>
/// Tags clauses with topics in two ways: a keyword (matched at a word start, case-folded) tags a clause
/// outright; otherwise a clause takes the topic of the seed sentence its embedding is nearest to, when the
/// cosine reaches <see cref="SemanticThreshold"/>. A clause may carry several topics, or none.
/// </summary>
/// <remarks>
/// Precision and recall on the labelled clauses in tests/Multivector.Tests/Texts/TopicLabels.cs are in
/// docs/methodology.md. Keywords are chosen for precision; the embeddings add recall for paraphrases.
/// </remarks>
internal static partial class TopicTagger
{
    public const double SemanticThreshold = 0.50;

    public static readonly IReadOnlyList<TopicDefinition> Taxonomy =
    [
        new(Topic.Sovereignty, "Sovereignty and UN Charter", "Sovereignty, independence, territorial integrity, the UN Charter and international law.",
            ["sovereignty", "territorial integrity", "un charter", "charter of the united nations", "united nations charter", "independence", "non-interference", "international law",
             "суверенитет", "независимост", "территориальной целостност", "территориальная целостност", "целостности государств", "устава оон", "устав оон", "уставу оон", "устава организации объединенных наций", "невмешательств", "международного права", "международное право"],
            ["respect for sovereignty, independence and territorial integrity", "the purposes and principles of the UN Charter"]),
        new(Topic.Security, "Security, terrorism, drugs", "Terrorism, extremism, trafficking, drugs, borders, nonproliferation and regional stability.",
            ["terroris", "extremis", "trafficking", "narcotic", "illicit drug", "drug", "border security", "nonproliferation", "non-proliferation", "weapons of mass destruction", "counterterrorism", "transnational crime", "organized crime",
             "террор", "экстремизм", "наркот", "наркотраф", "незаконному обороту", "незаконного оборота", "оборота наркотиков", "безопасности границ", "охраны границ", "нераспространени", "оружия массового уничтожения", "организованной преступност", "транснациональной преступност", "киберпреступност"],
            ["counter terrorism and violent extremism", "combat drug trafficking and transnational organized crime", "strengthen regional security and border security"]),
        new(Topic.Afghanistan, "Afghanistan", "Afghanistan's stability, humanitarian aid to Afghans, and threats from Afghan territory.",
            ["afghan",
             "афганистан", "афганск"],
            ["support a peaceful and stable Afghanistan"]),
        new(Topic.TradeTransport, "Trade and transport corridors", "Trade, investment, business climate, connectivity, transport and transit corridors.",
            ["trade", "investment", "transport", "transit", "corridor", "connectivity", "business", "logistics", "export", "railway", "economic cooperation", "private sector", "entrepreneur",
             "торгов", "торговл", "инвестиц", "транспорт", "транзит", "коридор", "взаимосвязанност", "бизнес", "логистич", "логистик", "экспорт", "железной дорог", "железные дорог", "железнодорож", "частного сектора", "предпринимател"],
            ["develop trade and transport corridors", "expand trade and investment and improve the business climate", "regional economic connectivity"]),
        new(Topic.Energy, "Energy", "Energy security, electricity, oil, gas, renewables and nuclear power.",
            ["energy", "electricity", "power grid", "renewable", "hydropower", "oil and gas", "natural gas", "nuclear power", "methane",
             "энергетик", "энергетическ", "энергии", "энергия", "гидроэнерг", "электроэнерг", "природного газа", "природный газ", "газопровод", "нефт", "атомн", "возобновляем"],
            ["cooperation on energy security and renewable energy"]),
        new(Topic.CriticalMinerals, "Critical minerals", "Critical minerals, rare earths, mining and supply chains for them.",
            ["critical mineral", "rare earth", "mining", "minerals",
             "критически важных минерал", "критически важные минерал", "минерал", "редкоземельн", "горнодобыва", "полезных ископаемых"],
            ["develop critical minerals and secure supply chains"]),
        new(Topic.ClimateWater, "Climate and water", "Climate change, environment, water, the Aral Sea, disasters and resilience to them.",
            ["climate", "environment", "water", "aral", "glacier", "emission", "drought", "disaster", "green technolog", "biodiversity", "paris agreement",
             "климат", "окружающей среды", "окружающая среда", "экологи", "водн", "аральск", "ледник", "выброс", "засух", "стихийных бедстви", "биоразнообрази", "парижского соглашения"],
            ["address climate change and environmental challenges", "manage shared water resources"]),
        new(Topic.EducationCulture, "Education and culture", "Education, exchanges, culture, science, youth, tourism and people-to-people ties.",
            ["education", "student", "universit", "cultur", "exchange", "people-to-people", "youth", "scholar", "tourism", "english language", "humanitarian sphere", "science",
             "образовани", "студент", "университет", "вуз", "культур", "обмен", "молодеж", "туризм", "наук", "гуманитарн"],
            ["expand educational and cultural exchanges", "people-to-people ties"]),
        new(Topic.Health, "Health", "Health, pandemics, vaccines and medicine.",
            ["health", "pandemic", "covid", "vaccin", "medical", "disease",
             "здравоохранени", "здоровь", "пандеми", "вакцин", "медицин", "заболевани"],
            ["cooperate on public health and pandemic preparedness"]),
        new(Topic.Digital, "Digital", "Digital economy, cyber, telecommunications, technology and AI.",
            ["digital", "cyber", "internet", "telecommunication", "artificial intelligence", "information technolog", "broadband", "fiber", "satellite",
             "цифров", "кибер", "интернет", "телекоммуникац", "искусственного интеллекта", "искусственный интеллект", "информационных технолог", "информационной безопасност", "спутник"],
            ["cooperate on the digital economy and cybersecurity"]),
        new(Topic.HumanRights, "Human rights and rule of law", "Human rights, rule of law, democracy, governance, civil society, media and anti-corruption.",
            ["human rights", "rule of law", "democra", "civil society", "good governance", "corruption", "fundamental freedoms", "gender", "women", "media freedom", "accountab",
             "прав человека", "права человека", "правам человека", "верховенств", "демократ", "гражданского общества", "коррупц", "основных свобод", "гендер", "женщин"],
            ["promote human rights and the rule of law", "strengthen good governance and civil society"]),
        new(Topic.WorldOrder, "World order", "The international order, multilateralism, global security architecture, wars elsewhere.",
            ["world order", "multipolar", "multilateral", "international order", "global order", "shared future", "indivisib", "security architecture", "ukraine", "global challenges", "united nations general assembly",
             "миропоряд", "многополярн", "многосторонн", "международного порядка", "международный порядок", "единой судьбы", "общей судьбы", "неделим", "архитектуры безопасности", "украин", "глобальных вызов", "генеральной ассамбле"],
            ["a just and stable international order based on multilateralism", "a community with a shared future for mankind"]),
        new(Topic.MigrationLabour, "Migration and labour", "Labour migration, migrants' rights, employment and remittances.",
            ["migra", "labor", "labour", "employment", "remittance", "workforce", "jobs",
             "мигра", "мигрант", "трудовых мигрант", "трудовой миграц", "занятост", "денежных переводов", "рабочих мест", "рабочей силы"],
            ["protect the rights of labour migrants"]),
        new(Topic.Institutions, "Institutionalising the format", "The format itself: secretariats, next meetings and summits, working groups, mechanisms.",
            ["secretariat", "next meeting", "next summit", "ministerial", "c5+1 format", "working group", "platform", "mechanism", "regular dialogue", "regular meetings", "format",
             "секретариат", "следующий саммит", "следующего саммита", "следующая встреча", "следующую встречу", "министерск", "рабочих групп", "рабочие групп", "рабочей групп", "механизм", "платформ", "регулярных встреч", "формат"],
            ["hold the next summit and ministerial meeting", "establish a secretariat for the format"]),
    ];

    public static TopicDefinition Definition(Topic topic) => Taxonomy[(int)topic];

    /// <summary>Topics by keyword only; needs no model.</summary>
    internal static IReadOnlyList<Topic> ByKeyword(string clause)
    {
        // ё is written as е as often as not; the Russian keywords use е.
        var lower = " " + Normalise().Replace(clause.ToLowerInvariant().Replace('ё', 'е'), " ") + " ";
        var topics = new List<Topic>();
        foreach (var t in Taxonomy)
        {
            foreach (var k in t.Keywords)
            {
                // Keywords match at the start of a word so that "trade" does not fire on "comrade".
                var at = lower.IndexOf(" " + k, StringComparison.Ordinal);
                if (at < 0) continue;
                topics.Add(t.Topic);
                break;
            }
        }
        return topics;
    }

    /// <summary>Keyword topics plus, when no keyword fired, the nearest seed's topic if it is near enough.</summary>
    internal static IReadOnlyList<Topic>[] Tag(IReadOnlyList<string> clauses, float[]?[]? vectors)
    {
        var result = new IReadOnlyList<Topic>[clauses.Count];
        float[][]? seeds = null;
        List<Topic>? seedTopics = null;
        if (vectors is not null)
        {
            seedTopics = [.. Taxonomy.SelectMany(t => t.Seeds.Select(_ => t.Topic))];
            seeds = Embeddings.Embed([.. Taxonomy.SelectMany(t => t.Seeds)]);
        }
        for (var i = 0; i < clauses.Count; i++)
        {
            var topics = ByKeyword(clauses[i]);
            // A clause without a vector (another language than the comparison's) is tagged by keywords only.
            if (topics.Count == 0 && vectors?[i] is { } vector && seeds is not null && seedTopics is not null)
            {
                var best = -1f;
                var bestTopic = default(Topic);
                for (var s = 0; s < seeds.Length; s++)
                {
                    var c = Embeddings.Cosine(vector, seeds[s]);
                    if (c > best) (best, bestTopic) = (c, seedTopics[s]);
                }
                if (best >= SemanticThreshold) topics = [bestTopic];
            }
            result[i] = topics;
        }
        return result;
    }

    [GeneratedRegex(@"[^\p{L}\p{N}+\-]+")]
    private static partial Regex Normalise();
}

public static class TopicNames
{
    /// <summary>The topic's name for people, such as "Critical minerals".</summary>
    public static string Label(this Topic topic) => TopicTagger.Definition(topic).Label;
}
