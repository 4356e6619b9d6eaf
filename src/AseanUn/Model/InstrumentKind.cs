namespace AseanUn.Model;

/// <summary>What kind of instrument or document a record is.</summary>
public enum InstrumentKind
{
    /// <summary>A memorandum of understanding.</summary>
    MemorandumOfUnderstanding,

    /// <summary>A framework agreement for cooperation.</summary>
    FrameworkAgreement,

    /// <summary>A declaration or joint declaration.</summary>
    Declaration,

    /// <summary>A joint communiqué.</summary>
    JointCommunique,

    /// <summary>A chairs' or co-chairs' statement.</summary>
    ChairsStatement,

    /// <summary>A plan of action, action plan or action programme.</summary>
    PlanOfAction,

    /// <summary>A work plan or work programme.</summary>
    WorkPlan,

    /// <summary>A strategic plan.</summary>
    StrategicPlan,

    /// <summary>A master plan or roadmap.</summary>
    MasterPlan,

    /// <summary>A framework, strategic framework or vision.</summary>
    Framework,

    /// <summary>A report, assessment or study.</summary>
    Report,

    /// <summary>A resolution of the UN General Assembly.</summary>
    GeneralAssemblyResolution,

    /// <summary>An international convention.</summary>
    Convention,

    /// <summary>A global agenda or set of goals, e.g. the 2030 Agenda or the MDGs.</summary>
    Agenda,

    /// <summary>An organisation's founding charter, e.g. the ASEAN Charter.</summary>
    Charter,
}
