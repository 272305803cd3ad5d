using System.Reflection;
using System.Reflection.Emit;

namespace CeasefireMonitor.Extraction.Tests.Patterns;

/// <summary>What the JIT weighs before it optimises a method, read from its IL: instructions, basic blocks, locals and their uses.</summary>
internal sealed record IlShape(int Bytes, int Instructions, int BasicBlocks, int Locals, int LocalUses)
{
    private static readonly Dictionary<short, OpCode> Codes = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(c => c.Value);

    public static IlShape Of(MethodBase method)
    {
        var body = method.GetMethodBody() ?? throw new ArgumentException($"{method.Name} has no body", nameof(method));
        var il = body.GetILAsByteArray()!;
        var starts = new HashSet<int> { 0 };
        foreach (var clause in body.ExceptionHandlingClauses)
        {
            starts.Add(clause.TryOffset);
            starts.Add(clause.HandlerOffset);
        }
        var (instructions, localUses) = (0, 0);
        for (var at = 0; at < il.Length; instructions++)
        {
            var code = il[at] == 0xFE ? Codes[(short)(0xFE00 | il[at + 1])] : Codes[il[at]];
            at += code.Size;
            var operand = OperandBytes(code, il, at);
            if (code.OperandType is OperandType.InlineVar or OperandType.ShortInlineVar || code.Name!.StartsWith("ldloc", StringComparison.Ordinal) || code.Name.StartsWith("stloc", StringComparison.Ordinal))
                localUses++;
            var next = at + operand;
            if (code.OperandType == OperandType.ShortInlineBrTarget) starts.Add(next + (sbyte)il[at]);
            else if (code.OperandType == OperandType.InlineBrTarget) starts.Add(next + BitConverter.ToInt32(il, at));
            else if (code.OperandType == OperandType.InlineSwitch)
                for (var i = 0; i < BitConverter.ToInt32(il, at); i++) starts.Add(next + BitConverter.ToInt32(il, at + 4 + 4 * i));
            // A branch, return or throw ends its block.
            if (code.FlowControl is FlowControl.Branch or FlowControl.Cond_Branch or FlowControl.Return or FlowControl.Throw && next < il.Length) starts.Add(next);
            at = next;
        }
        return new IlShape(il.Length, instructions, starts.Count, body.LocalVariables.Count, localUses);
    }

    private static int OperandBytes(OpCode code, byte[] il, int at) => code.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
        _ => 4,
    };
}
