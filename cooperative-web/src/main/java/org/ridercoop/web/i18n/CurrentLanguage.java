package org.ridercoop.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** The language of the page being rendered ({@code #{language}}): the locale of the view and the switch link. */
@Named("language")
@RequestScoped
public class CurrentLanguage {

    @Inject
    HttpServletRequest request;

    private Language language;

    public Language getCurrent() {
        if (language == null) {
            language = Language.of(request);
        }
        return language;
    }

    public String getTag() {
        return getCurrent().tag();
    }

    public Locale getLocale() {
        return getCurrent().locale();
    }

    public Language getOther() {
        return getCurrent().other();
    }

    public String getOtherTag() {
        return getOther().tag();
    }

    public String getOtherLabel() {
        return getOther().label();
    }

    /** This page in the other language (on an error page: the address that failed). */
    public String getSwitchUrl() {
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed) {
            return LanguageSwitch.link(failed, null, getOther());
        }
        return LanguageSwitch.link(request.getRequestURI(), request.getQueryString(), getOther());
    }
}
