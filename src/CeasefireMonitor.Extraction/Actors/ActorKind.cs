namespace CeasefireMonitor.Extraction.Actors;

public enum ActorKind { State, Organisation, ArmedGroup, Region, Company }

/// <summary>How an actor was named: its name or alias, a demonym, a capital or seat, a leader, or a region it claims.</summary>
public enum MentionForm { Name, Demonym, Seat, Leader, Region }
