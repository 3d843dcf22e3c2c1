package io.linli.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.linli.api.Role;
import io.linli.community.Building;
import io.linli.community.CommunityRepository;
import io.linli.community.Household;
import io.linli.community.Project;
import io.linli.identity.AccountKind;
import io.linli.identity.SignedInUser;
import io.linli.profile.HouseholdTag;
import io.linli.profile.ProfileForbidden;
import io.linli.profile.ProfileService;
import io.linli.profile.ResidentFilter;
import io.linli.profile.ResidentFilters;
import io.linli.profile.RuleTag;
import io.linli.profile.SpecialCare;
import io.linli.profile.TagSource;
import io.linli.web.Workplace;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * 客户画像与分群: staff filter the households they look after by project, building, tags and special care, see how
 * many match and which, and save the filter by name to send notices to it (公告 → 发送范围).
 */
@Route(value = "console/residents", layout = SignedInLayout.class)
@ForAccount(AccountKind.STAFF)
public class ConsoleResidentsView extends VerticalLayout implements HasDynamicTitle {

  private static final Set<Role> CARE_ROLES = Set.of(Role.TENANT_ADMIN, Role.PROJECT_MANAGER, Role.BUILDING_STEWARD);

  private final ResidentFilters filters;
  private final ProfileService profiles;
  private final Grid<ResidentFilters.Counted> saved = new Grid<>();
  private final Grid<Household> households = new Grid<>();
  private final Paragraph matches = new Paragraph();
  private Map<Long, List<HouseholdTag>> shownTags = Map.of();

  @Inject
  public ConsoleResidentsView(ResidentFilters filters, ProfileService profiles, Workplace workplace,
      CommunityRepository community) {
    this.filters = filters;
    this.profiles = profiles;
    setId("console-residents");
    SignedInUser user = Session.requireUser();
    add(new H2(getTranslation("residents.title")), new Paragraph(getTranslation("residents.intro")));
    form(user, workplace.of(user).projects(), community);
    matches.setId("filter-matches");
    add(matches, householdGrid(), new H3(getTranslation("residents.filters")), savedGrid(user));
    reload(user);
  }

  private void form(SignedInUser user, List<Project> projects, CommunityRepository community) {
    TextField name = new TextField(getTranslation("residents.name"));
    name.setId("filter-name");
    name.setMaxLength(60);
    name.setPlaceholder(getTranslation("residents.name.placeholder"));
    name.setWidth("20rem");
    Select<Project> project = new Select<>();
    project.setId("filter-project");
    project.setLabel(getTranslation("residents.project"));
    project.setEmptySelectionAllowed(true);
    project.setEmptySelectionCaption(getTranslation("residents.project.any"));
    project.setItems(projects);
    project.setItemLabelGenerator(p -> p == null ? getTranslation("residents.project.any") : p.name().in(getLocale()));
    Select<Building> building = new Select<>();
    building.setId("filter-building");
    building.setLabel(getTranslation("residents.building"));
    building.setEmptySelectionAllowed(true);
    building.setEmptySelectionCaption(getTranslation("residents.building.any"));
    building.setItemLabelGenerator(b -> b == null ? getTranslation("residents.building.any")
        : b.name().in(getLocale()));
    building.setEnabled(false);
    project.addValueChangeListener(e -> {
      building.setItems(e.getValue() == null ? List.of() : community.buildingsOf(e.getValue()));
      building.setEnabled(e.getValue() != null);
    });
    List<String> tags = new ArrayList<>(Arrays.stream(RuleTag.values()).map(Enum::name).toList());
    tags.addAll(profiles.manualTags());
    MultiSelectComboBox<String> with = tagBox("filter-with", "residents.withTags", tags);
    MultiSelectComboBox<String> without = tagBox("filter-without", "residents.withoutTags", tags);
    CheckboxGroup<SpecialCare> care = new CheckboxGroup<>(getTranslation("residents.care"));
    care.setId("filter-care");
    care.setItems(SpecialCare.values());
    care.setItemLabelGenerator(c -> getTranslation("profile.care." + c.name()));
    care.setVisible(user.roles().stream().anyMatch(CARE_ROLES::contains));
    Button preview = new Button(getTranslation("residents.preview"), e -> run(() -> show(
        filters.preview(user, definition(name, project, building, with, without, care)))));
    preview.setId("filter-preview");
    Button save = new Button(getTranslation("residents.save"), e -> run(() -> {
      ResidentFilter filter = filters.save(user, definition(name, project, building, with, without, care));
      Notification.show(getTranslation("residents.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      show(filters.households(user, filter.id()));
      reload(user);
    }));
    save.setId("filter-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    FlexLayout fields = new FlexLayout(name, project, building, with, without, care);
    fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    fields.getStyle().set("gap", "var(--lumo-space-m)");
    FlexLayout buttons = new FlexLayout(preview, save);
    buttons.getStyle().set("gap", "var(--lumo-space-s)");
    add(fields, buttons);
  }

  private MultiSelectComboBox<String> tagBox(String id, String label, List<String> tags) {
    MultiSelectComboBox<String> box = new MultiSelectComboBox<>(getTranslation(label));
    box.setId(id);
    box.setItems(tags);
    box.setItemLabelGenerator(this::tagLabel);
    box.setWidth("16rem");
    return box;
  }

  private ResidentFilters.Definition definition(TextField name, Select<Project> project, Select<Building> building,
      MultiSelectComboBox<String> with, MultiSelectComboBox<String> without, CheckboxGroup<SpecialCare> care) {
    return new ResidentFilters.Definition(name.getValue(),
        project.getValue() == null ? null : project.getValue().id(),
        building.getValue() == null ? null : building.getValue().id(), with.getValue(), without.getValue(),
        care.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(care.getValue()));
  }

  /** Runs what the form asked; a refusal names the field, as over REST. */
  private void run(Runnable action) {
    try {
      action.run();
    } catch (IllegalArgumentException | NoSuchElementException | ProfileForbidden refused) {
      Notification.show(getTranslation("residents.invalid", refused.getMessage()))
          .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
  }

  /** The count, and the first 200 households with their tags. */
  private void show(List<Household> found) {
    matches.setText(getTranslation("residents.matches", found.size()));
    List<Household> shown = found.stream().limit(200).toList();
    shownTags = profiles.tagsOf(shown);
    households.setItems(shown);
    households.setVisible(!found.isEmpty());
  }

  private Grid<Household> householdGrid() {
    households.setId("filter-households");
    households.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    households.setAllRowsVisible(true);
    households.addComponentColumn(h -> new RouterLink(h.address(getLocale()), HouseholdView.class,
        new RouteParameters("id", String.valueOf(h.id())))).setHeader(getTranslation("residents.household"))
        .setAutoWidth(true);
    households.addColumn(h -> shownTags.getOrDefault(h.id(), List.of()).stream()
        .map(t -> t.source() == TagSource.RULE ? tagLabel(t.tag()) : t.tag()).collect(Collectors.joining("、")))
        .setHeader(getTranslation("residents.tags")).setAutoWidth(true);
    households.setVisible(false);
    return households;
  }

  private Grid<ResidentFilters.Counted> savedGrid(SignedInUser user) {
    saved.setId("saved-filters");
    saved.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    saved.setAllRowsVisible(true);
    saved.addColumn(c -> c.filter().name()).setHeader(getTranslation("residents.name")).setAutoWidth(true);
    saved.addColumn(c -> criteria(c.filter())).setHeader(getTranslation("residents.criteria")).setAutoWidth(true);
    saved.addColumn(ResidentFilters.Counted::households).setHeader(getTranslation("residents.households"));
    saved.addItemClickListener(e -> run(() -> show(filters.households(user, e.getItem().filter().id()))));
    return saved;
  }

  private void reload(SignedInUser user) {
    List<ResidentFilters.Counted> all = filters.list(user);
    saved.setItems(all);
    saved.setVisible(!all.isEmpty());
  }

  private String criteria(ResidentFilter f) {
    return Stream.of(
            f.building() != null ? f.project().name().in(getLocale()) + " " + f.building().name().in(getLocale())
                : f.project() != null ? f.project().name().in(getLocale()) : getTranslation("residents.project.any"),
            f.withTags().isEmpty() ? null : getTranslation("residents.withTags") + "："
                + f.withTags().stream().map(this::tagLabel).collect(Collectors.joining("、")),
            f.withoutTags().isEmpty() ? null : getTranslation("residents.withoutTags") + "："
                + f.withoutTags().stream().map(this::tagLabel).collect(Collectors.joining("、")),
            f.specialCare().isEmpty() ? null : getTranslation("residents.care") + "："
                + f.specialCare().stream().map(c -> getTranslation("profile.care." + c.name()))
                    .collect(Collectors.joining("、")))
        .filter(java.util.Objects::nonNull).collect(Collectors.joining("；"));
  }

  /** A rule tag's name in the person's language; staff's own tags as written. */
  private String tagLabel(String tag) {
    return Arrays.stream(RuleTag.values()).anyMatch(r -> r.name().equals(tag))
        ? getTranslation("profile.tag." + tag) : tag;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("residents.title") + " · " + getTranslation("app.name");
  }
}
