namespace AseanUn.Analyzers;

/// <summary>The metadata names of the AseanUn types the rules look for.</summary>
internal static class KnownNames
{
    public const string PillarCodes = "AseanUn.PillarCodes";
    public const string AreaCodes = "AseanUn.AreaCodes";
    public const string ActionLineCodes = "AseanUn.ActionLineCodes";
    public const string PillarCodeAttribute = "AseanUn.PillarCodeAttribute";
    public const string AreaCodeAttribute = "AseanUn.AreaCodeAttribute";
    public const string ActionLineCodeAttribute = "AseanUn.ActionLineCodeAttribute";
    public const string SupersededByAttribute = "AseanUn.SupersededByAttribute";

    public const string RecordIdAttribute = "AseanUn.Authoring.RecordIdAttribute";
    public const string RecordReferenceAttribute = "AseanUn.Authoring.RecordReferenceAttribute";
    public const string PartnershipRecord = "AseanUn.Model.PartnershipRecord";
    public const string SourceDocument = "AseanUn.Model.SourceDocument";
    public const string Citation = "AseanUn.Model.Citation";
    public const string Inference = "AseanUn.Model.Inference";
    public const string Statement = "AseanUn.Model.Statement";
    public const string StatementBasis = "AseanUn.Model.StatementBasis";
    public const string Evidence = "AseanUn.Model.Evidence";
    public const string StatusEntry = "AseanUn.Model.StatusEntry";
    public const string Instrument = "AseanUn.Model.Instrument";
    public const string Cite = "AseanUn.Data.Cite";
    public const string PartialDate = "AseanUn.Dates.PartialDate";
    public const string LocalDate = "NodaTime.LocalDate";
    public const string YearMonth = "NodaTime.YearMonth";
    public const string DateInterval = "NodaTime.DateInterval";
}
