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
}
