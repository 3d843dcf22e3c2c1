package io.linli.notification;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A way to reach an owner. */
public enum DeliveryChannel {
  /** The owner portal itself: a notice is there with an unread mark; nothing is sent. */
  PORTAL,
  /** A browser notification through the browser's push service (VAPID). */
  WEB_PUSH,
  /** A text message through the SMS gateway. */
  SMS,
  /** E-mail through the SMTP server. */
  EMAIL,
  /** A task for the building's steward to phone the household. */
  PHONE,
  /** The channels of the company's plugins ({@code io.linli.api.OwnerChannel}), e.g. WeCom. */
  PLUGIN;

  /** @return the channels of a comma-separated list as stored; unknown names are an error naming them */
  public static Set<DeliveryChannel> parse(String names) {
    Set<DeliveryChannel> channels = EnumSet.noneOf(DeliveryChannel.class);
    for (String name : names == null ? new String[0] : names.split(",")) {
      if (!name.isBlank()) {
        try {
          channels.add(valueOf(name.strip()));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("channels: '" + name.strip() + "' is not one of "
              + Arrays.toString(values()));
        }
      }
    }
    return channels;
  }

  /** @return the channels as stored: comma-separated, in declaration order */
  public static String format(Set<DeliveryChannel> channels) {
    return channels.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }
}
