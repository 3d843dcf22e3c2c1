package io.linli.dashboard;

/** The place a dashboard is about: the whole company, or one region, project or building of it. */
public record Area(Level level, Long id) {

  /** The company and its places, each made of the places of the next level. */
  public enum Level {
    COMPANY, REGION, PROJECT, BUILDING;

    /** @return the level the figures are broken down by; a building is shown as itself */
    public Level below() {
      return this == BUILDING ? BUILDING : values()[ordinal() + 1];
    }
  }

  public static final Area COMPANY = new Area(Level.COMPANY, null);

  public Area {
    if ((level == Level.COMPANY) != (id == null)) {
      throw new IllegalArgumentException("area: the company has no id, every other place has one");
    }
  }
}
