package io.linli.people;

/** What a technician can repair; dispatch by skill uses it. */
public enum Skill {
  PLUMBING,
  ELECTRICAL,
  LIFT,
  LOCKS,
  GENERAL
}
