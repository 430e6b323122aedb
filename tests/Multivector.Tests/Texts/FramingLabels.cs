namespace Multivector.Tests.Texts;

/// <summary>
/// Clauses labelled by hand for the framing lexicon and the corridor gazetteer (docs/framing.md): each with the
/// marker and corridor ids a reader finds in it. English clauses are quoted from the bundled public-domain
/// statements (the 2023 C5+1 New York Declaration and the US joint-statement corpus), including near misses
/// ("energy security", "the rules-based multilateral trading system", "information manipulation and
/// interference") that a keyword list could get wrong. The Russian and Chinese clauses were written for this
/// evaluation in the register of the region's statements (the region's own texts are not ours to commit), so
/// they measure the lexicon on its intended phrasing, not on unseen text: read their scores as an upper bound.
/// Labelled once, before scoring; a label changed to fit the lexicon would make the score meaningless.
/// </summary>
internal static class FramingLabels
{
    public static readonly (string Language, string Text, string[] Markers)[] Clauses =
    [
        // 2023 C5+1 New York Declaration (data/statements/c5plus1).
        ("en", "United in an unwavering commitment to uphold the principles of the United Nations Charter, our partnership is founded on respect for the independence, sovereignty, and territorial integrity of all states.", ["sovereignty"]),
        ("en", "We reaffirm our commitment to strengthening security cooperation as a necessary cornerstone to addressing shared regional security challenges and maintaining the sovereignty and independence of the Central Asian states.", ["security-cooperation", "sovereignty"]),
        ("en", "Recognizing that the situation in Afghanistan remains an important factor in security and stability for Central Asia, we remain committed to cooperation on defense, law enforcement, and counterterrorism issues.", ["security-cooperation"]),
        ("en", "These long-term efforts will require greater capacity, and Central Asian leaders welcome the United States' commitment to prioritizing security assistance tools and other resources to sustain and enhance U.S.-Central Asian security partnerships.", ["security-cooperation"]),
        ("en", "To further C5+1 economic goals, the Partnership for Global Infrastructure and Investment (PGI) will evaluate opportunities to scale infrastructure investments to accelerate the economic development, energy security, and connectivity of the Middle Corridor.", ["middle-corridor"]),
        ("en", "To enhance Central Asia's energy security, we remain committed to integrating regional energy systems to diversify and expand new energy export routes and reliably supply global markets.", []),
        ("en", "We are invested in enhancing Central Asia's water security and environmental quality, working to increase regional cooperation on water and ecological issues that take into account food security, sanitation, agriculture, and energy sector linkages.", []),
        ("en", "We reaffirm our commitment to working together to promote the rule of law and democratic governance.", []),
        ("en", "We intend to take significant steps to enhance alternative trade routes, facilitate new connections among U.S. and Central Asian businesses, and create a regional network of young professionals.", []),
        ("en", "We further affirm our support for recognizing Central Asia as a zone of peace, trust, and cooperation that promotes the purposes and principles of the United Nations Charter.", []),
        ("en", "To further develop Central Asia's vast mineral wealth and advance critical minerals security, we will launch a C5+1 Critical Minerals Dialogue.", []),
        // US joint statements (data/statements/us-joint-statements.jsonl.gz).
        ("en", "We are committed to uphold the rules-based international order with the United Nations at its core, reinvigorate and reform multilateral institutions where needed, and cooperate with all those who share these objectives.", ["rules-based-order"]),
        ("en", "The United States and the European Union are committed to joint leadership in promoting and upholding an international rules-based order grounded in shared values.", ["rules-based-order"]),
        ("en", "We reiterate our support for open, transparent, inclusive, predictable, and non-discriminatory, rules-based agricultural trade based on WTO rules.", []),
        ("en", "We also reaffirm the importance of the rules-based multilateral trading system, with the World Trade Organization (WTO) at its core, which continues to catalyze our region's extraordinary growth.", []),
        ("en", "Thirty years after the restoration of Ukraine's independence, the bonds between the United States and Ukraine are stronger than ever.", ["sovereignty"]),
        ("en", "They denounced any use of terrorist proxies and emphasized the importance of denying any logistical, financial or military support to terrorist groups which could be used to launch or plan terror attacks.", ["security-cooperation"]),
        ("en", "We will not recognise these acts in violation of Ukraine's sovereignty and territorial integrity.", ["sovereignty"]),
        ("en", "We condemn unequivocally terrorism and violent extremism in all its forms and manifestations and reiterate that there can be no justification for acts of terror on any grounds whatsoever.", ["security-cooperation"]),
        ("en", "Foreign information manipulation and interference is a borderless threat that poses a risk to democratic values, processes, and stability.", []),
        ("en", "We strongly oppose destabilising or unilateral actions that seek to change the status quo by force or coercion.", []),
        ("en", "Together, the United States and Mongolia are expanding our strategic partnership with a focus on building economic resilience, promoting democratic principles and institutions, and strengthening our security cooperation.", ["security-cooperation"]),
        ("en", "Our countries retain the freedom to take all appropriate actions to uphold our security interests or sovereignty.", ["sovereignty"]),
        ("en", "We affirm that our cooperation to strengthen our economic security and national security should be rooted in maintaining the rules-based system.", []),
        ("en", "The leaders also pledged to work together to prevent proliferation of weapons of mass destruction and their delivery systems and to deny access to such weapons by terrorists and non-state actors.", ["security-cooperation"]),
        ("en", "We encourage China to support a comprehensive, just and lasting peace based on territorial integrity and the principles and purposes of the UN Charter.", ["sovereignty"]),
        // Written for this evaluation, in the register of the region's statements.
        ("en", "The Parties support the formation of a just multipolar world order based on the central role of the United Nations.", ["multipolarity"]),
        ("en", "The Parties oppose unilateral sanctions and the use of unilateral coercive measures that bypass the UN Security Council.", ["unilateral-sanctions"]),
        ("en", "The sides reaffirmed the principle of the indivisibility of security and oppose attempts to strengthen one's own security at the expense of others.", ["indivisible-security"]),
        ("en", "The Parties reject interference in the internal affairs of sovereign states under any pretext, including attempts at colour revolutions.", ["non-interference", "colour-revolutions", "sovereignty"]),
        ("en", "The Central Asian states highly appreciate the historic achievements made under the leadership of the Communist Party of China.", ["partner-party"]),
        ("en", "The Parties will develop the China–Kyrgyzstan–Uzbekistan railway and the fourth line of the Central Asia–China gas pipeline.", ["cku-railway", "ca-china-gas"]),
        ("en", "The leaders welcomed progress on the International North–South Transport Corridor and the use of Chabahar port.", ["north-south", "chabahar"]),
        ("en", "The Parties will expand settlements in national currencies and cooperation between their central banks.", ["national-currencies"]),
        ("en", "The sides agreed to expand cultural exchanges, tourism and cooperation between universities.", []),
        ("ru", "Стороны выступают за формирование более справедливого многополярного миропорядка при центральной координирующей роли ООН.", ["multipolarity"]),
        ("ru", "Стороны подтверждают приверженность принципу неделимости безопасности.", ["indivisible-security"]),
        ("ru", "Стороны выступают против односторонних санкций, не одобренных Советом Безопасности ООН.", ["unilateral-sanctions"]),
        ("ru", "Стороны решительно выступают против вмешательства во внутренние дела суверенных государств и попыток «цветных революций».", ["non-interference", "colour-revolutions", "sovereignty"]),
        ("ru", "Стороны будут наращивать сотрудничество в сфере безопасности и совместно противодействовать терроризму, экстремизму и наркотрафику.", ["security-cooperation"]),
        ("ru", "Стороны подтверждают взаимную поддержку в защите суверенитета, независимости и территориальной целостности.", ["sovereignty"]),
        ("ru", "Центральноазиатские государства высоко оценивают достижения Китая под руководством Коммунистической партии Китая.", ["partner-party"]),
        ("ru", "Стороны продолжат расширять практику взаиморасчетов в национальных валютах.", ["national-currencies"]),
        ("ru", "Стороны будут развивать Транскаспийский международный транспортный маршрут и международный транспортный коридор «Север – Юг».", ["middle-corridor", "north-south"]),
        ("ru", "Стороны договорились ускорить строительство железной дороги «Китай – Кыргызстан – Узбекистан».", ["cku-railway"]),
        ("ru", "Стороны будут расширять сотрудничество в области образования, культуры и туризма.", []),
        ("ru", "Стороны отметили важность обеспечения продовольственной и энергетической безопасности региона.", []),
        ("zh", "各方支持世界多极化和经济全球化。", ["multipolarity"]),
        ("zh", "各方反对干涉别国内政，反对颜色革命和单边制裁。", ["non-interference", "colour-revolutions", "unilateral-sanctions"]),
        ("zh", "中亚国家高度评价中国共产党领导下中国取得的历史性成就。", ["partner-party"]),
        ("zh", "各方愿推进中吉乌铁路项目，加快中国—中亚天然气管道D线建设。", ["cku-railway", "ca-china-gas"]),
        ("zh", "各方将加强教育、文化和旅游合作。", []),
    ];
}
