namespace AseanUn.Model;

/// <summary>What kind of meeting or event a record is.</summary>
public enum EventKind
{
    /// <summary>An ASEAN-UN Summit of Leaders.</summary>
    Summit,

    /// <summary>A ministerial meeting, e.g. the annual ASEAN-UN Ministerial Meeting (AUMM).</summary>
    MinisterialMeeting,

    /// <summary>A Secretariat-to-Secretariat (S2S) meeting.</summary>
    SecretariatMeeting,

    /// <summary>An interface meeting, e.g. with the Committee of Permanent Representatives.</summary>
    InterfaceMeeting,

    /// <summary>Any other meeting, dialogue or panel discussion.</summary>
    Meeting,

    /// <summary>A workshop.</summary>
    Workshop,

    /// <summary>A training programme or course.</summary>
    Training,

    /// <summary>A retreat.</summary>
    Retreat,

    /// <summary>A courtesy call.</summary>
    CourtesyCall,

    /// <summary>An exercise, e.g. a disaster response exercise.</summary>
    Exercise,

    /// <summary>A signing ceremony.</summary>
    Signing,

    /// <summary>The launch of a programme.</summary>
    Launch,

    /// <summary>An appointment, designation or deployment of staff.</summary>
    Appointment,
}
