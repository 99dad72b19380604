namespace TeamBot.Core.Questions.Answering;

/// <summary>What a contract question asks; the wire names are the snake_case intents of the labelled set.</summary>
public enum ContractIntent
{
    ProvidersForProduct,
    ProvidersForSpecialisation,
    IsContracted,
    Tariff,
    ProductCode,
    ProductInfo,
    ProviderProducts,
    DeliveryModel,
    EndDate,
    Contact,
    ContractManager,
    EndedContracts,
    Document,
    ProviderSignal,
    /// <summary>A rule the contract documents set (duration, termijn, permission, procedure), with the verwijsgids as context.</summary>
    Rule,
    /// <summary>Contracts over many aanbieders narrowed by law, uitvoeringsvariant, einddatum window or doelgroep.</summary>
    ContractList,
    ProductList,
    Unit,
    Law,
}
