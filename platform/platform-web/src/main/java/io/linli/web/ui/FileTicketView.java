package io.linli.web.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.linli.community.Household;
import io.linli.identity.AccountKind;
import io.linli.sla.SlaPolicies;
import io.linli.ticket.Channel;
import io.linli.ticket.Priority;
import io.linli.ticket.Ticket;
import io.linli.ticket.TicketService;
import jakarta.inject.Inject;
import java.util.Arrays;

/**
 * 代业主报事: an agent takes a request an owner phoned or brought in; the agent becomes the first-ask contact.
 */
@Route(value = "console/tickets/new", layout = SignedInLayout.class)
@ForAccount(AccountKind.STAFF)
public class FileTicketView extends VerticalLayout implements HasDynamicTitle {

  private final TicketService tickets;
  private final ComboBox<Household> household = new ComboBox<>();
  private final Select<String> category = new Select<>();
  private final Select<Priority> priority = new Select<>();
  private final Select<Channel> channel = new Select<>();
  private final TextField title = new TextField();
  private final TextArea description = new TextArea();

  @Inject
  public FileTicketView(TicketService tickets) {
    this.tickets = tickets;
    household.setLabel(getTranslation("ticket.household"));
    household.setId("household");
    household.setItems(tickets.householdsFor(Session.requireUser()));
    household.setItemLabelGenerator(h -> h.address(getLocale()));
    household.setWidthFull();
    category.setLabel(getTranslation("ticket.category"));
    category.setId("category");
    category.setItems(SlaPolicies.builtInCategories().stream().sorted().toList());
    category.setItemLabelGenerator(c -> getTranslation("category." + c));
    category.setValue("repair");
    priority.setLabel(getTranslation("ticket.priority"));
    priority.setItems(Priority.values());
    priority.setItemLabelGenerator(p -> getTranslation("priority." + p.name()));
    priority.setValue(Priority.NORMAL);
    channel.setLabel(getTranslation("ticket.channel"));
    channel.setItems(Arrays.stream(Channel.values()).filter(c -> c != Channel.SYSTEM).toList());
    channel.setItemLabelGenerator(c -> getTranslation("channel." + c.name()));
    channel.setValue(Channel.PHONE);
    title.setLabel(getTranslation("ticket.title"));
    title.setId("title");
    title.setMaxLength(120);
    description.setLabel(getTranslation("ticket.description"));
    description.setMaxLength(4000);
    Button file = new Button(getTranslation("ticket.file"), e -> file());
    file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    file.setId("file");
    FormLayout form = new FormLayout(household, category, priority, channel, title, description);
    form.setColspan(household, 2);
    form.setColspan(title, 2);
    form.setColspan(description, 2);
    form.setMaxWidth("48rem");
    add(new H2(getTranslation("tickets.new")), form, file);
  }

  private void file() {
    household.setInvalid(household.getValue() == null);
    title.setInvalid(title.getValue().isBlank());
    if (household.isInvalid() || title.isInvalid()) {
      household.setErrorMessage(getTranslation("signin.required"));
      title.setErrorMessage(getTranslation("signin.required"));
      return;
    }
    var filed = tickets.file(Session.requireUser(), new TicketService.Filing(household.getValue().id(),
        new Ticket.Report(category.getValue(), priority.getValue(), channel.getValue(), title.getValue().trim(),
            description.getValue().isBlank() ? null : description.getValue())), null);
    UI.getCurrent().navigate(TicketView.class, new RouteParameters("id", String.valueOf(filed.ticket().id())));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("tickets.new") + " · " + getTranslation("app.name");
  }
}
