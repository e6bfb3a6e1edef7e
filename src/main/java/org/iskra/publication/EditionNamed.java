package org.iskra.publication;

/**
 * A section or topic was given its name (and so its address) in a language edition, from the desk,
 * or a section was created or changed in the default edition, through the Admin API. Every page
 * shows the navigation, and every page's alternates name the other editions' addresses, so what
 * this changes is not one page but the site.
 *
 * @param language the edition's language
 * @param named what was named and how ({@code section middle-east: Levant (levant)})
 * @param actor the email of who named it
 */
public record EditionNamed(String language, String named, String actor) {}
