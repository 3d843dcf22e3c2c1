package io.linli.web.rest;

import static io.linli.web.rest.StaffRoles.RESIDENT;

import io.linli.api.QuietHours;
import io.linli.identity.SignedInUser;
import io.linli.notification.ContactPreferences;
import io.linli.notification.ContactService;
import io.linli.notification.DeliveryChannel;
import io.linli.notification.WebPushKeys;
import io.linli.people.PeopleRepository;
import io.linli.people.Resident;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalTime;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** 我的设置: how an owner wants to be reached — channels, e-mail, quiet hours, language — and their browsers. */
@Path("me/preferences")
@RequestScoped
@RolesAllowed(RESIDENT)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class PreferencesResource {

  private static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";

  @Inject ContactService contacts;
  @Inject PeopleRepository people;
  @Inject WebPushKeys pushKeys;
  @Context SecurityContext security;

  /**
   * @param quietStart {@code HH:mm}, with {@code quietEnd}; both null for no quiet hours
   * @param pushKey the key a browser subscribes with ({@code pushManager.subscribe({applicationServerKey})})
   */
  public record PreferencesJson(List<String> channels, String email, String quietStart, String quietEnd,
      String language, String pushKey) {}

  /** What an owner sets. (A class: see NewTenant.) */
  public static final class ChangeJson {
    @NotNull(message = "is required: PORTAL, WEB_PUSH, SMS, EMAIL, PHONE, PLUGIN")
    final List<@NotNull(message = "must be a channel, not null")
        @Pattern(regexp = "PORTAL|WEB_PUSH|SMS|EMAIL|PHONE|PLUGIN",
            message = "must be PORTAL, WEB_PUSH, SMS, EMAIL, PHONE or PLUGIN")
        String> channels;

    final String email;

    @Pattern(regexp = TIME, message = "must be a time such as 22:00")
    final String quietStart;

    @Pattern(regexp = TIME, message = "must be a time such as 08:00")
    final String quietEnd;

    @NotNull(message = "is required: zh-CN or en")
    @Pattern(regexp = "zh-CN|en", message = "must be zh-CN or en")
    final String language;

    @JsonbCreator
    public ChangeJson(@JsonbProperty("channels") List<String> channels, @JsonbProperty("email") String email,
        @JsonbProperty("quietStart") String quietStart, @JsonbProperty("quietEnd") String quietEnd,
        @JsonbProperty("language") String language) {
      this.channels = channels;
      this.email = email;
      this.quietStart = quietStart;
      this.quietEnd = quietEnd;
      this.language = language;
    }
  }

  /** A browser's push subscription as {@code PushSubscription.toJSON()} gives it. (A class: see NewTenant.) */
  public static final class SubscriptionJson {
    @NotBlank(message = "is required")
    final String endpoint;

    @NotNull(message = "is required: p256dh and auth")
    @Valid
    final KeysJson keys;

    @JsonbCreator
    public SubscriptionJson(@JsonbProperty("endpoint") String endpoint, @JsonbProperty("keys") KeysJson keys) {
      this.endpoint = endpoint;
      this.keys = keys;
    }
  }

  /** The subscription's keys. */
  public static final class KeysJson {
    @NotBlank(message = "is required")
    final String p256dh;

    @NotBlank(message = "is required")
    final String auth;

    @JsonbCreator
    public KeysJson(@JsonbProperty("p256dh") String p256dh, @JsonbProperty("auth") String auth) {
      this.p256dh = p256dh;
      this.auth = auth;
    }
  }

  @GET
  public PreferencesJson preferences() {
    return json(contacts.preferences(resident()));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public PreferencesJson change(@Valid @NotNull ChangeJson change) {
    if ((change.quietStart == null) != (change.quietEnd == null)) {
      throw new IllegalArgumentException("quietEnd: quiet hours need a start and an end");
    }
    QuietHours quiet = change.quietStart == null ? null
        : new QuietHours(LocalTime.parse(change.quietStart), LocalTime.parse(change.quietEnd));
    return json(contacts.change(resident(),
        change.channels.stream().map(DeliveryChannel::valueOf).collect(Collectors.toSet()), change.email, quiet,
        change.language));
  }

  /** Remembers the browser so that notices reach it by web push. */
  @POST
  @Path("push-subscriptions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response subscribe(@Valid @NotNull SubscriptionJson subscription) {
    contacts.subscribe(resident(), subscription.endpoint, subscription.keys.p256dh, subscription.keys.auth);
    return Response.noContent().build();
  }

  private PreferencesJson json(ContactPreferences p) {
    return new PreferencesJson(p.channels().stream().map(Enum::name).toList(), p.email(),
        p.hasQuietHours() ? p.quietHours().start().toString() : null,
        p.hasQuietHours() ? p.quietHours().end().toString() : null, p.language(), pushKeys.applicationServerKey());
  }

  private Resident resident() {
    long id = ((SignedInUser) security.getUserPrincipal()).accountId();
    return people.resident(id).orElseThrow(() -> new NoSuchElementException("resident " + id));
  }
}
