namespace AseanUn.Model;

/// <summary>
/// The references a statement itself may carry: where and by whom the act a status statement records was done. Only
/// status statements carry them; the validator checks them like a record's own reference properties.
/// </summary>
internal static class StatementActors
{
    /// <summary>The place of the act.</summary>
    public static readonly ReferenceProperty Place =
        ReferenceProperty.Single<Statement>(nameof(Statement.PlaceId), s => s.PlaceId, "place of the act", typeof(Model.Place));

    /// <summary>The body that did the act: an organisation, or the event (a summit, a meeting) at which it was done.</summary>
    public static readonly ReferenceProperty Body =
        ReferenceProperty.Single<Statement>(nameof(Statement.BodyId), s => s.BodyId, "done by", typeof(Organisation), typeof(Event));

    /// <summary>Both, in the order a statement lists them.</summary>
    public static readonly ReferenceProperty[] All = [Place, Body];
}
