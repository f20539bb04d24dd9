package gongkai.ui.session;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A view anyone may open without logging in (the public survey page, issue 5). Such a view must not use the
 * tenant of a session: it finds its tenant from what it shows (a survey's slug) and acts only through services
 * made for anonymous use.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PublicPage {
}
