package io.linli.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** Where the problem is: in the household's own unit, or in a common area of its building at a named spot. */
@Embeddable
public class TicketLocation {

  public static final int MAX_SPOT = 120;

  /** 我家 or 楼栋公共区域. */
  public enum Place { UNIT, COMMON_AREA }

  @Enumerated(EnumType.STRING)
  @Column(name = "location_place", length = 12, nullable = false)
  private Place place;

  @Column(name = "location_spot", length = MAX_SPOT)
  private String spot;

  protected TicketLocation() {}

  private TicketLocation(Place place, String spot) {
    this.place = place;
    this.spot = spot;
  }

  /** @return the household's own unit */
  public static TicketLocation unit() {
    return new TicketLocation(Place.UNIT, null);
  }

  /**
   * @param spot where in the building's common area, e.g. "3单元电梯厅"
   * @throws IllegalArgumentException when the spot is missing or too long
   */
  public static TicketLocation commonArea(String spot) {
    if (spot == null || spot.isBlank()) {
      throw new IllegalArgumentException("spot: say where in the common area, e.g. the lift hall of entrance 3");
    }
    if (spot.strip().length() > MAX_SPOT) {
      throw new IllegalArgumentException("spot: is at most " + MAX_SPOT + " characters");
    }
    return new TicketLocation(Place.COMMON_AREA, spot.strip());
  }

  /** @return the location for {@code place}; a spot counts only in a common area */
  public static TicketLocation of(Place place, String spot) {
    return Objects.requireNonNull(place, "place") == Place.UNIT ? unit() : commonArea(spot);
  }

  public Place place() {
    return place;
  }

  /** @return the spot in the common area, or null in the unit */
  public String spot() {
    return spot;
  }
}
