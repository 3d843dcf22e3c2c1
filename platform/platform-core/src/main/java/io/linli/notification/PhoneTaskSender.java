package io.linli.notification;

import io.linli.api.Role;
import io.linli.people.PeopleRepository;
import io.linli.people.Resident;
import io.linli.people.StaffMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * A phone call as a work item: the stewards of the household's building are told, in the console and by e-mail,
 * whom to phone and what to say; they record the call in the household's communication ledger.
 */
@ApplicationScoped
public class PhoneTaskSender extends ChannelSender {

  @Inject PeopleRepository people;
  @Inject NotificationService notifications;

  @Override
  protected DeliveryChannel channel() {
    return DeliveryChannel.PHONE;
  }

  @Override
  protected void send(Delivery delivery, Instant now) throws DeliveryFailed {
    Resident resident = delivery.resident();
    List<StaffMember> stewards = people.staffAssignedTo(Role.BUILDING_STEWARD, resident.household().building());
    if (stewards.isEmpty()) {
      throw new DeliveryFailed("no steward looks after " + resident.household().building().name().zh(), false);
    }
    notifications.notify(stewards, "PHONE_TASK", delivery.text(), delivery.link(), now);
  }
}
