using AseanUn.Queries;

namespace AseanUn.Explorer.Records;

/// <summary>Names what the target of a reference is to its source, for people reading <c>show</c>.</summary>
internal static class RelationLabels
{
    /// <summary>Returns the relation of <paramref name="reference"/>: a role's title, or a word for its property.</summary>
    public static string Of(RecordReference reference) => reference.Role?.Title ?? reference.Property switch
    {
        "pillarCode" => "pillar",
        "areaCode" => "area",
        "supersededBy" => "superseded by",
        "memberIds" => "member",
        "parentId" => "part of",
        "partyIds" => "party",
        "implementsId" => "implements",
        "actionLineCodes" => "action line",
        "placeId" => "place",
        "hostStateId" => "host",
        "participantIds" => "participant",
        "outcomeIds" => "outcome",
        "sidelinesOfId" => "held alongside",
        "supporterIds" => "supporter",
        "partnerIds" => "partner",
        "instrumentIds" => "instrument",
        "subjectIds" => "subject",
        var property => property,
    };
}
