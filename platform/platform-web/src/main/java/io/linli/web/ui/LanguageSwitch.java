package io.linli.web.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;

/** 中文 / English for the whole session; the page reloads in the chosen language. */
public class LanguageSwitch extends Select<Locale> {

  public LanguageSwitch() {
    setItems(Session.CHINESE, Locale.ENGLISH);
    setItemLabelGenerator(l -> "en".equals(l.getLanguage()) ? "English" : "中文");
    setAriaLabel(getTranslation("language"));
    setWidth("7.5em");
    Locale current = UI.getCurrent().getLocale();
    setValue("en".equals(current.getLanguage()) ? Locale.ENGLISH : Session.CHINESE);
    addValueChangeListener(e -> {
      if (e.isFromClient() && e.getValue() != null) {
        Session.setLocale(e.getValue());
        UI.getCurrent().getPage().reload();
      }
    });
    setId("language");
  }
}
