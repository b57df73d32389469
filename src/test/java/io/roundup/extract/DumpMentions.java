package io.roundup.extract;

import io.roundup.company.CompanyRegistry;
import io.roundup.domain.Article;
import io.roundup.domain.Mention;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Debug aid: prints the mentions found in article files or folders given as arguments. */
public final class DumpMentions {

    private DumpMentions() {
    }

    public static void main(String[] args) throws Exception {
        EventExtractor x = new EventExtractor(CompanyRegistry.empty());
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                for (Article art : EvalScorer.readArticles(p)) files.add(p.resolve(art.file()));
            } else files.add(p);
        }
        for (Path f : files) {
            Article art = EvalScorer.readArticle(f);
            System.out.println("## " + art.file() + " " + art.published());
            for (Mention m : x.extract(art)) {
                System.out.println("   " + m.company() + " | " + m.type().code() + " | " + m.status().code() + " | amt=" + m.amount()
                        + " post=" + m.postMoney() + " pre=" + m.preMoney() + " round=" + m.roundLabel() + " date=" + m.date()
                        + " leads=" + m.leadInvestors() + " ex=" + m.exchange() + " tk=" + m.ticker() + " offer=" + m.offerPrice());
                System.out.println("        << " + m.evidence());
            }
        }
    }
}
