package org.docuportal.curriculum.asciidoc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.asciidoctor.ast.StructuralNode;
import org.docuportal.curriculum.HeadingAnchors;
import org.docuportal.curriculum.RequiredSection;

/**
 * The sections of a loaded AsciiDoc guide in the order a reader meets them, each with the anchor
 * {@link HeadingAnchors} gives its heading, and the list that is the guide's chapter list. Reading
 * and rendering both use it, so the outline a guide keeps and the ids its page carries agree.
 */
final class AsciiDocOutline {

    private final AsciiDocSource source;
    private final List<StructuralNode> sections = new ArrayList<>();
    private final Map<Integer, String> anchorsByLine = new HashMap<>();

    AsciiDocOutline(AsciiDocSource source) {
        this.source = source;
        collect(source.document().getBlocks());
        List<String> anchors = HeadingAnchors.of(sections.stream().map(source::heading).toList());
        for (int i = 0; i < sections.size(); i++) {
            anchorsByLine.put(AsciiDocSource.line(sections.get(i)), anchors.get(i));
        }
    }

    private void collect(List<StructuralNode> blocks) {
        for (StructuralNode block : blocks) {
            if ("section".equals(block.getContext())) {
                sections.add(block);
                collect(block.getBlocks());
            }
        }
    }

    /** Every section, depth first. */
    List<StructuralNode> sections() {
        return sections;
    }

    /** The sections directly below the title ({@code ==}). */
    List<StructuralNode> topLevel() {
        return source.document().getBlocks().stream().filter(b -> "section".equals(b.getContext())).toList();
    }

    /** A section's anchor; sections are told apart by their heading's line, as Asciidoctor's wrappers are not kept. */
    String anchor(StructuralNode section) {
        return anchorsByLine.getOrDefault(AsciiDocSource.line(section), "guide-section");
    }

    /** The first section named Chapters, directly below the title. */
    Optional<StructuralNode> chaptersSection() {
        return topLevel().stream().filter(s -> RequiredSection.CHAPTERS.isNamed(source.heading(s))).findFirst();
    }

    /** The chapter list: the first list directly in the Chapters section. */
    Optional<StructuralNode> chapterList() {
        return chaptersSection().flatMap(section -> section.getBlocks().stream().filter(AsciiDocOutline::isList).findFirst());
    }

    static boolean isList(StructuralNode block) {
        return "ulist".equals(block.getContext()) || "olist".equals(block.getContext());
    }
}
