namespace CeasefireMonitor.Domain.Phases;

public enum PhaseStatus { Fighting, CeasefireCalled, CeasefireAgreed, CeasefireViolated, Ended }

public enum EndReason { Surrender, Agreement, Declaration }
