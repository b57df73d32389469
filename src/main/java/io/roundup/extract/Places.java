package io.roundup.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Places that financing news names in datelines, seats and markets ("MEXICO CITY, Oct 8 -", "the Mountain View
 * company", "(Metzingen)"): countries, regions and the cities of technology and finance. A general gazetteer, not the
 * places of particular pages; a company named like a place is rare and is found by its fuller name.
 */
final class Places {

    private static final Set<String> PLACES = Set.copyOf(Arrays.asList(
            // countries and regions
            "united states", "usa", "u.s.", "us", "america", "north america", "latin america", "south america", "europe", "asia",
            "africa", "middle east", "gulf", "china", "mainland china", "hong kong", "taiwan", "japan", "south korea", "korea", "india",
            "singapore", "indonesia", "vietnam", "thailand", "malaysia", "philippines", "australia", "new zealand", "canada", "mexico",
            "brazil", "argentina", "chile", "colombia", "peru", "united kingdom", "uk", "britain", "great britain", "england",
            "scotland", "ireland", "germany", "deutschland", "france", "spain", "italy", "portugal", "netherlands", "belgium",
            "luxembourg", "switzerland", "schweiz", "austria", "österreich", "sweden", "norway", "denmark", "finland", "iceland",
            "poland", "czech republic", "czechia", "hungary", "romania", "greece", "turkey", "türkiye", "israel", "saudi arabia",
            "united arab emirates", "uae", "qatar", "kuwait", "bahrain", "oman", "egypt", "nigeria", "kenya", "south africa",
            "morocco", "pakistan", "bangladesh", "sri lanka", "ukraine", "russia", "estonia", "latvia", "lithuania", "silicon valley",
            "bay area", "wall street", "europa", "asien", "amerika", "bayern", "bavaria", "baden-württemberg", "berlin-brandenburg",
            "nordrhein-westfalen", "hessen", "sachsen", "niedersachsen", "guangdong", "zhejiang", "jiangsu", "shandong", "sichuan",
            "hubei", "fujian", "anhui", "hainan", "california", "texas", "new york state", "massachusetts", "washington state",
            "florida", "colorado", "utah", "arizona", "nevada", "oregon", "virginia", "north carolina", "georgia", "illinois",
            "ohio", "michigan", "pennsylvania", "new jersey", "delaware", "ontario", "quebec", "british columbia", "bavarian",
            // cities
            "new york", "new york city", "nyc", "san francisco", "los angeles", "san jose", "palo alto", "mountain view", "menlo park",
            "sunnyvale", "santa clara", "cupertino", "redwood city", "san mateo", "berkeley", "oakland", "san diego", "seattle",
            "redmond", "bellevue", "portland", "boston", "cambridge", "austin", "dallas", "houston", "denver", "chicago", "atlanta",
            "miami", "washington", "washington, d.c.", "d.c.", "philadelphia", "pittsburgh", "detroit", "minneapolis", "phoenix",
            "salt lake city", "las vegas", "nashville", "raleigh", "baltimore", "toronto", "montreal", "vancouver", "waterloo",
            "ottawa", "calgary", "mexico city", "monterrey", "guadalajara", "são paulo", "sao paulo", "rio de janeiro",
            "buenos aires", "santiago", "bogotá", "bogota", "lima", "london", "manchester", "oxford", "edinburgh", "bristol",
            "dublin", "paris", "lyon", "marseille", "toulouse", "grenoble", "nice", "berlin", "munich", "münchen", "hamburg",
            "frankfurt", "cologne", "köln", "düsseldorf", "stuttgart", "heidelberg", "karlsruhe", "leipzig", "dresden", "hanover",
            "hannover", "nuremberg", "nürnberg", "bremen", "essen", "dortmund", "bonn", "mannheim", "ulm", "metzingen", "jena",
            "potsdam", "aachen", "darmstadt", "freiburg", "regensburg", "augsburg", "vienna", "wien", "graz", "linz", "zurich",
            "zürich", "geneva", "genf", "basel", "bern", "lausanne", "zug", "amsterdam", "rotterdam", "eindhoven", "delft",
            "utrecht", "the hague", "brussels", "antwerp", "ghent", "luxembourg city", "madrid", "barcelona", "valencia", "bilbao",
            "lisbon", "porto", "milan", "milano", "rome", "turin", "bologna", "stockholm", "gothenburg", "malmö", "oslo",
            "copenhagen", "helsinki", "espoo", "tallinn", "riga", "vilnius", "warsaw", "krakow", "kraków", "prague", "budapest",
            "bucharest", "athens", "istanbul", "ankara", "kyiv", "kiev", "moscow", "tel aviv", "jerusalem", "haifa", "herzliya",
            "dubai", "abu dhabi", "riyadh", "doha", "cairo", "lagos", "nairobi", "cape town", "johannesburg", "beijing", "shanghai",
            "shenzhen", "hangzhou", "guangzhou", "chengdu", "wuhan", "nanjing", "suzhou", "tianjin", "chongqing", "xi'an", "xian",
            "hefei", "changsha", "qingdao", "xiamen", "dalian", "shenyang", "harbin", "zhuhai", "dongguan", "ningbo", "wuxi",
            "taipei", "hsinchu", "kaohsiung", "taichung", "macau", "macao", "tokyo", "osaka", "kyoto", "yokohama", "nagoya",
            "fukuoka", "seoul", "busan", "pangyo", "incheon", "bangalore", "bengaluru", "mumbai", "new delhi", "delhi", "gurgaon",
            "gurugram", "noida", "hyderabad", "chennai", "pune", "kolkata", "ahmedabad", "jakarta", "bangkok", "kuala lumpur",
            "manila", "ho chi minh city", "hanoi", "sydney", "melbourne", "brisbane", "perth", "auckland", "wellington"));

    private Places() {
    }

    /** Whether the whole name is a place ("MEXICO CITY", "São Paulo", "Metzingen"). */
    static boolean isPlace(String name) {
        return PLACES.contains(name.toLowerCase(Locale.ROOT));
    }
}
