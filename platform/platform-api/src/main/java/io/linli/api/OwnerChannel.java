package io.linli.api;

import org.pf4j.ExtensionPoint;

/**
 * Another way to reach owners (WeCom, a company's own app …). When a notice goes out through the plugins' channel
 * ({@code PLUGIN}, 其他渠道), the platform hands each resident's message to the channels of the plugins the company
 * enabled, off the request's thread, and records every attempt as it does for its own SMS and e-mail: a channel that
 * throws is tried again later, with back-off. A plugin offering one declares {@link Permission#OWNERS_CONTACT}.
 */
public interface OwnerChannel extends ExtensionPoint {

  /**
   * Sends one message.
   *
   * @throws Exception when it did not go out; the platform tries again later
   */
  void deliver(OwnerMessage message) throws Exception;
}
