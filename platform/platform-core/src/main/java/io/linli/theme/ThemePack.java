package io.linli.theme;

import io.linli.i18n.LocalizedName;
import java.util.List;

/**
 * A runtime theme from {@code themes/<name>/theme.json}: Lumo custom properties in CSS files and a logo, served as
 * they are on disk, so a company's look changes without a rebuild.
 */
public record ThemePack(String name, LocalizedName label, String logo, List<String> styles) {}
