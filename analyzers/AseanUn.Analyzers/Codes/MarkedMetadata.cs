using System;
using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Metadata;
using Microsoft.CodeAnalysis;

namespace AseanUn.Analyzers.Codes;

/// <summary>
/// Reads what a referenced assembly marks straight from its metadata tables: each custom attribute whose type is one of
/// the mark attributes, and the parameter, property or field it is attached to. Reading the attributes of every
/// parameter of every method through symbols instead costs a build a tenth of a second for AseanUn alone. An override
/// without a mark of its own is named like the member it overrides, which is read where it is declared.
/// </summary>
internal static class MarkedMetadata
{
    private static readonly HashSet<string> MarkTypes = new(StringComparer.Ordinal)
    {
        "PillarCodeAttribute", "AreaCodeAttribute", "ActionLineCodeAttribute",
    };

    /// <summary>Adds the marks of <paramref name="assembly"/> to <paramref name="marks"/>, or returns false when its metadata cannot be read.</summary>
    public static bool TryAdd(Compilation compilation, IAssemblySymbol assembly, ReachableMarks marks)
    {
        if (compilation.GetMetadataReference(assembly) is not PortableExecutableReference reference
            || reference.GetMetadata() is not AssemblyMetadata metadata)
        {
            return false;
        }

        foreach (var module in metadata.GetModules())
        {
            Add(module.GetMetadataReader(), marks);
        }

        return true;
    }

    private static void Add(MetadataReader reader, ReachableMarks marks)
    {
        HashSet<ParameterHandle>? parameters = null;

        // Attributes share few constructors (most are the compiler's nullable attributes): each is resolved once.
        var marking = new Dictionary<EntityHandle, bool>();
        foreach (var handle in reader.CustomAttributes)
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (!marking.TryGetValue(attribute.Constructor, out var isMark))
            {
                marking[attribute.Constructor] = isMark = IsMark(reader, attribute.Constructor);
            }

            if (!isMark)
            {
                continue;
            }

            switch (attribute.Parent.Kind)
            {
                case HandleKind.Parameter:
                    (parameters ??= []).Add((ParameterHandle)attribute.Parent);
                    break;
                case HandleKind.PropertyDefinition:
                    AddProperty(reader, reader.GetPropertyDefinition((PropertyDefinitionHandle)attribute.Parent), marks);
                    break;
                case HandleKind.FieldDefinition:
                    var field = reader.GetFieldDefinition((FieldDefinitionHandle)attribute.Parent);
                    if ((field.Attributes & (FieldAttributes.InitOnly | FieldAttributes.Literal)) == 0)
                    {
                        marks.AddAssignable(reader.GetString(field.Name));
                    }

                    break;
            }
        }

        if (parameters is null)
        {
            return;
        }

        foreach (var handle in reader.MethodDefinitions)
        {
            var method = reader.GetMethodDefinition(handle);
            foreach (var parameter in method.GetParameters())
            {
                if (parameters.Contains(parameter) && reader.GetParameter(parameter).SequenceNumber > 0)
                {
                    AddMethod(reader, method, marks);
                    break;
                }
            }
        }
    }

    private static void AddMethod(MetadataReader reader, MethodDefinition method, ReachableMarks marks)
    {
        var name = reader.GetString(method.Name);
        var type = reader.GetTypeDefinition(method.GetDeclaringType());
        if (name == ".ctor")
        {
            // A value type or static class is sealed in metadata, an interface has no constructor to call.
            marks.AddConstructor(TypeName(reader, type), inheritable: (type.Attributes & TypeAttributes.Sealed) == 0);
        }
        else if (name.StartsWith("get_", StringComparison.Ordinal) || name.StartsWith("set_", StringComparison.Ordinal)
            || name is "Invoke" or "BeginInvoke")
        {
            // An indexer's accessor, or a delegate's invocation: reached without the name being written.
            marks.AddUnnamed();
        }
        else
        {
            marks.AddMethod(name);
        }
    }

    private static void AddProperty(MetadataReader reader, PropertyDefinition property, ReachableMarks marks)
    {
        // The signature's header byte, then its parameter count: an indexer has parameters. A signature that cannot
        // be read counts as an indexer's, which asks for the most.
        var signature = reader.GetBlobReader(property.Signature);
        var indexer = signature.RemainingBytes == 0 || (signature.ReadByte() is var _ && (!signature.TryReadCompressedInteger(out var count) || count > 0));
        if (indexer)
        {
            marks.AddUnnamed();
        }
        else if (!property.GetAccessors().Setter.IsNil)
        {
            marks.AddAssignable(reader.GetString(property.Name));
        }
    }

    private static bool IsMark(MetadataReader reader, EntityHandle constructor)
    {
        EntityHandle type;
        if (constructor.Kind == HandleKind.MethodDefinition)
        {
            type = reader.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType();
        }
        else if (constructor.Kind == HandleKind.MemberReference)
        {
            type = reader.GetMemberReference((MemberReferenceHandle)constructor).Parent;
        }
        else
        {
            return false;
        }

        return type.Kind switch
        {
            HandleKind.TypeDefinition => IsMarkType(reader, reader.GetTypeDefinition((TypeDefinitionHandle)type).Namespace, reader.GetTypeDefinition((TypeDefinitionHandle)type).Name),
            HandleKind.TypeReference => IsMarkType(reader, reader.GetTypeReference((TypeReferenceHandle)type).Namespace, reader.GetTypeReference((TypeReferenceHandle)type).Name),
            _ => false,
        };
    }

    private static bool IsMarkType(MetadataReader reader, StringHandle ns, StringHandle name) =>
        reader.StringComparer.Equals(ns, "AseanUn") && MarkTypes.Contains(reader.GetString(name));

    // A generic type's metadata name ends with its arity (`Name`1`); C# writes it without.
    private static string TypeName(MetadataReader reader, TypeDefinition type)
    {
        var name = reader.GetString(type.Name);
        var tick = name.IndexOf('`');
        return tick < 0 ? name : name.Substring(0, tick);
    }
}
