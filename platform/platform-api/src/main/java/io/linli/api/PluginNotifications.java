package io.linli.api;

/** Notifications to the bound tenant's staff, in the console and by e-mail, as the platform sends its own. */
public interface PluginNotifications {

  /**
   * Tells the staff of a role who look after the ticket's building (e.g. its stewards, or the project managers of
   * its project).
   *
   * @param text shown as it is: write it in the company's language (Chinese)
   * @param link where the notification leads, relative to the application, e.g. {@code /console/tickets/12}
   * @throws java.util.NoSuchElementException when the ticket is not the bound tenant's
   */
  void toStaffOf(long ticketId, Role role, String text, String link);
}
