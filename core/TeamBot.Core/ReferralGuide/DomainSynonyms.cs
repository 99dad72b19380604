namespace TeamBot.Core.ReferralGuide;

/// <summary>
/// Words toegangen use for products that the catalogue names differently. Each maps a normalised
/// phrase as typed to the normalised phrase the product names contain.
/// </summary>
internal static class DomainSynonyms
{
    public static readonly IReadOnlyDictionary<string, string> PhraseToCatalogue = new Dictionary<string, string>
    {
        ["logeeropvang"] = "kortdurend verblijf",
        ["logeren"] = "kortdurend verblijf",
        ["logeerhuis"] = "kortdurend verblijf",
        ["respijtzorg"] = "kortdurend verblijf",
        ["dagbesteding"] = "begeleiding groep",
        ["groepsbegeleiding"] = "begeleiding groep",
        ["individuele begeleiding"] = "begeleiding individueel",
        ["ambulante begeleiding"] = "begeleiding individueel",
        ["dyslexiezorg"] = "dyslexie",
        ["dyslexiebehandeling"] = "dyslexie behandeling",
        ["ernstige enkelvoudige dyslexie"] = "dyslexie",
        ["ggz"] = "ggz",
        ["jggz"] = "jeugd ggz",
        ["jeugdggz"] = "jeugd ggz",
        ["pleeggezin"] = "pleegzorg",
        ["crisisplek"] = "crisisopvang",
        ["spoedopvang"] = "crisisopvang",
        ["taxi"] = "vervoer",
        ["taxivervoer"] = "vervoer",
        ["leerlingenvervoer"] = "vervoer",
        ["residentieel"] = "residentiele jeugdhulp",
        ["verblijf met behandeling"] = "residentiele jeugdhulp",
        ["multi systeem therapie"] = "multisysteemtherapie",
    };
}
