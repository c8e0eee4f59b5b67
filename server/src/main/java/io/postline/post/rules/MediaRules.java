package io.postline.post.rules;

import io.postline.post.Media;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/** What one network refuses in the media of one post or thread part. */
record MediaRules(NetworkLimits limits, String network) {

    List<String> problems(Media media) {
        List<String> problems = new ArrayList<>(addressProblems(media));
        int photos = media.photos().size();
        if (media.video() != null && photos > 0) {
            problems.add(network + " takes photos or one video, not both.");
        }
        if (photos > limits.maxPhotos()) {
            problems.add(tooManyPhotos(photos));
        }
        if (media.video() != null && !limits.takesVideo()) {
            problems.add(network + " does not take video.");
        }
        limits.altText().ifPresent(limit -> problems.addAll(altTextProblems(media, limit)));
        return problems;
    }

    private String tooManyPhotos(int photos) {
        int max = limits.maxPhotos();
        String allowed = max == 0 ? "no photos" : "at most " + max + (max == 1 ? " photo" : " photos");
        return network + " takes " + allowed + (photos == 1 ? "; there is 1." : "; there are " + photos + ".");
    }

    private static List<String> addressProblems(Media media) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < media.photos().size(); i++) {
            String url = media.photos().get(i).url();
            if (url == null || url.isBlank()) {
                problems.add("Photo " + (i + 1) + " has no URL.");
            } else if (!isWebAddress(url)) {
                problems.add(notWebAddress("Photo " + (i + 1) + " URL", url));
            }
        }
        if (media.video() != null) {
            problems.addAll(videoAddressProblems(media.video()));
        }
        return problems;
    }

    private static List<String> videoAddressProblems(Media.Video video) {
        List<String> problems = new ArrayList<>();
        if (video.url() == null || video.url().isBlank()) {
            problems.add("The video has no URL.");
        } else if (!isWebAddress(video.url())) {
            problems.add(notWebAddress("Video URL", video.url()));
        }
        // The thumbnail is optional; only one that is given has to be fetchable.
        if (video.thumbnailUrl() != null && !isWebAddress(video.thumbnailUrl())) {
            problems.add(notWebAddress("Video thumbnail URL", video.thumbnailUrl()));
        }
        return problems;
    }

    private List<String> altTextProblems(Media media, TextLimit limit) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < media.photos().size(); i++) {
            String alt = media.photos().get(i).altText();
            if (alt != null) {
                limit.problem("Photo " + (i + 1) + " alt text", alt, network).ifPresent(problems::add);
            }
        }
        return problems;
    }

    private static String notWebAddress(String subject, String url) {
        return subject + " \"" + url + "\" is not an absolute http or https address.";
    }

    /** Networks fetch media from our URLs themselves, so only an absolute web address can work. */
    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            // The authority, not the host: URI leaves the host null for internationalised domain names.
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                    && uri.getRawAuthority() != null
                    && !uri.getRawAuthority().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
