namespace TeamBot.Core.Plans;

public enum DueKind
{
    /// <summary>"doorlopend": a continuous process without an end date.</summary>
    Ongoing,
    Date,
    Quarter,
    Year,

    /// <summary>Anything else the plan says, such as "medio 2021" or "&gt; 31 december".</summary>
    Text,
}
