package org.baogao.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a large archive of made-up reports for measuring, deterministically from a seed: both
 * document types, the four levels of Chinese numbering, front matter spread over years, units,
 * people and tags, and bodies whose printed length is spread over a range of pages. The text is
 * built from phrase banks written for this project, filled with generated places, people, numbers
 * and subjects, so that the vocabulary and the search index's alphabet resemble a real archive's.
 */
public final class Corpus {

    /**
     * Characters of body per printed page beyond the first, fitted to this generator's output in
     * the default layout: a report of P pages has about (P − 1) × this many. A page holds 616
     * (22 lines of 28); headings, paragraph ends and the title, opening and signature take the rest.
     */
    static final int CHARS_PER_PAGE = 720;

    static final String[] SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤".split("");
    static final String[] GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉红建文斌宇浩凯健俊帆帅旭宁龙林欣悦雪琳晨阳峰波鑫亮志新春晓松海燕瑞飞云丹婷颖思远博岩晶琦".split("");
    static final String[] PLACE = "青清河东西南北岭湾桥川原泉石溪峰林川江湖山城安宁平和兴华阳明丰泰永长新金玉龙凤云松柏桃李杏梅竹兰荷梨枫".split("");
    static final String[] POSTS = {"县委书记", "县长", "县委副书记", "常务副县长", "副县长", "县委常委、组织部部长", "县委常委、宣传部部长",
        "县委常委、政法委书记", "县纪委书记", "县委常委、办公室主任", "县人大常委会主任", "县政协主席", "镇党委书记", "镇长", "局党组书记、局长"};
    static final String[] AREAS = {"理论学习", "调查研究", "乡村振兴", "营商环境", "生态环境保护", "安全生产", "基层治理", "教育事业",
        "医疗卫生", "民生保障", "作风建设", "廉洁自律", "意识形态", "干部队伍建设", "改革攻坚", "招商引资", "防汛抗旱", "信访维稳",
        "粮食安全", "城市更新", "数字政府", "文化旅游", "科技创新", "农村人居环境", "养老服务", "就业创业", "交通建设", "水利设施"};
    static final String[] TAGS = {"主题教育", "党纪学习教育", "理论学习", "乡村振兴", "作风建设", "整改落实", "基层减负", "高质量发展",
        "安全生产", "民生保障", "营商环境", "生态文明", "干部队伍", "全面从严治党", "依法行政", "数字化改革", "防范化解风险"};
    static final String[] DOING = {"学习贯彻", "推动落实", "统筹协调", "督促检查", "跟踪问效", "谋划部署", "研究解决", "宣传动员",
        "考核评价", "调度推进", "协调保障", "排查整治"};
    static final String[] SHORTFALL = {"还不够深入", "存在温差", "有所弱化", "不够到位", "办法不多", "力度递减", "时紧时松",
        "缺乏韧劲", "流于形式", "重形式轻实效", "前紧后松", "满足于过得去"};
    static final String[] OBJECTS = {"村级集体经济", "老旧小区改造", "农村公路养护", "中小学校舍", "乡镇卫生院", "农贸市场", "污水管网",
        "高标准农田", "林长制", "河长制", "产业园区", "电商服务站", "便民服务中心", "网格化管理", "应急物资储备", "小微企业融资",
        "易地搬迁安置点", "农村饮水工程", "垃圾分类", "停车设施", "背街小巷", "农田水利", "冷链物流", "托育服务"};
    static final String[] CAUSES = {"理想信念的“总开关”拧得不够紧", "宗旨意识有所淡化", "担当作为的劲头有所减退", "党性修养有所放松",
        "政绩观存在偏差", "斗争精神不够强", "系统观念树得不牢", "纪律规矩意识不够强"};
    static final String[] MEASURES = {"建立问题清单、责任清单、整改清单，逐项销号", "每季度至少开展一次专题调研，形成可操作的报告",
        "把{a}纳入年度考核，与干部评先评优挂钩", "由分管同志牵头，每月召开一次调度会，现场解决难点",
        "聘请群众监督员，定期回访{o}的整改成效", "对照上级要求制定{a}三年行动方案，明确时间表和路线图",
        "组织业务骨干到先进地区跟班学习，借鉴{o}管理的好做法", "开通群众意见直通车，对反映{o}的问题限期办结"};
    static final String[] NUMS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final Random random;
    private final int minPages;
    private final int maxPages;

    /** Reports of {@code minPages} to {@code maxPages} printed pages, most of them near the short end. */
    public Corpus(long seed, int minPages, int maxPages) {
        if (minPages < 1 || maxPages < minPages) throw new IllegalArgumentException("pages " + minPages + "–" + maxPages);
        this.random = new Random(seed);
        this.minPages = minPages;
        this.maxPages = maxPages;
    }

    /** The benchmark's corpus: 3 to 15 pages, about 7 on average, as real 对照检查材料 run. */
    public Corpus(long seed) {
        this(seed, 3, 15);
    }

    /**
     * Writes {@code count} reports below {@code content}, spread over {@code years} years from
     * {@code firstYear}, one in five a group's; their paths are {@code <year>/r<nnnn>.md}.
     */
    public void write(Path content, int count, int firstYear, int years) throws IOException {
        write(content, count, firstYear, years, 0);
    }

    /**
     * As {@link #write(Path, int, int, int)}, with {@code plants} passages copied from one report
     * into another (see {@link Plants}); the reports are otherwise the same as without.
     *
     * @return the passages planted, in the normalised offsets of {@code baogao similar}
     */
    public List<Plants.Plant> write(Path content, int count, int firstYear, int years, int plants) throws IOException {
        return write(content, count, firstYear, years, plants, false);
    }

    /**
     * As {@link #write(Path, int, int, int, int)}; {@code fresh}: the planted passages are text of
     * their sources' own rather than the generator's phrase-bank sentences (see {@link Plants}).
     */
    public List<Plants.Plant> write(Path content, int count, int firstYear, int years, int plants, boolean fresh)
            throws IOException {
        List<String> units = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String place = pick(PLACE) + pick(PLACE);
            units.add(place + (i % 3 == 0 ? "县人民政府" : i % 3 == 1 ? "县委" : "镇党委"));
        }
        List<String[]> people = new ArrayList<>();
        for (int i = 0; i < 180; i++) {
            people.add(new String[] {pick(SURNAMES) + pick(GIVEN) + (random.nextBoolean() ? pick(GIVEN) : ""), pick(POSTS),
                units.get(random.nextInt(units.size()))});
        }
        List<Plants.Written> written = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            int year = firstYear + n % years;
            boolean group = n % 5 == 0;
            String[] person = people.get(random.nextInt(people.size()));
            String unit = group ? units.get(random.nextInt(units.size())) : person[2];
            String author = group ? "中共" + unit.replace("人民政府", "") + (unit.endsWith("政府") ? "党组班子" : "常委班子") : person[0];
            String title = (group ? author : person[1].replace("、", "") + person[0]) + year + "年度民主生活会对照检查材料";
            String tags = String.join(", ", List.of(pick(TAGS), pick(TAGS), pick(TAGS)).stream().distinct().toList());
            StringBuilder md = new StringBuilder("---\n")
                    .append("title: ").append(title).append('\n')
                    .append("type: ").append(group ? "group" : "individual").append('\n')
                    .append("author: ").append(author).append('\n');
            if (!group) md.append("post: ").append(person[1]).append('\n');
            md.append("unit: ").append(unit).append('\n')
                    .append("meeting: ").append(year).append("年度民主生活会\n")
                    .append("date: ").append(year + 1).append("-01-").append(String.format("%02d", 10 + random.nextInt(18))).append('\n')
                    .append("tags: [").append(tags).append("]\n---\n\n");
            int bodyStart = md.length();
            body(md, year, group, pages());
            String path = year + "/r" + String.format("%04d", n) + ".md";
            written.add(new Plants.Written(path, md.substring(0, bodyStart), md.substring(bodyStart), author, year));
        }
        List<Plants.Plant> planted = plants > 0 ? new Plants(random.nextLong(), fresh).plant(written, plants) : List.of();
        for (Plants.Written w : written) {
            Path file = content.resolve(w.path());
            Files.createDirectories(file.getParent());
            Files.writeString(file, w.head() + w.body(), StandardCharsets.UTF_8);
        }
        return planted;
    }

    /** A length in pages: the square of a uniform number leans to the short end, as real reports do. */
    private int pages() {
        double u = random.nextDouble();
        return minPages + (int) Math.floor(u * u * (maxPages - minPages + 1));
    }

    private void body(StringBuilder md, int year, boolean group, int pages) {
        int target = Math.max(600, (pages - 1) * CHARS_PER_PAGE);
        int start = md.length();
        String we = group ? "班子" : "本人";
        md.append("根据上级关于召开").append(year).append("年度民主生活会的通知要求，").append(we).append("认真开展会前学习，围绕")
                .append(pick(AREAS)).append("和").append(pick(AREAS)).append("深入调研，走访").append(2 + random.nextInt(12))
                .append("个乡镇、").append(5 + random.nextInt(30)).append("个村（社区），共征求意见建议").append(6 + random.nextInt(40))
                .append("条。现将对照检查情况报告如下：\n\n## 一、存在的主要问题\n\n");
        // problems take about half of a report, causes a fifth, measures the rest
        int problemsEnd = start + target * 55 / 100;
        for (int i = 0; i < NUMS.length && (i < 2 || md.length() < problemsEnd); i++) {
            String area = pick(AREAS);
            md.append("（").append(NUMS[i]).append("）在").append(area).append("方面。");
            int points = 3 + (pages > 8 ? random.nextInt(2) : 0);
            for (int k = 0; k < points; k++) {
                md.append(NUMS[k]).append("是").append(pick(DOING)).append(pick(SHORTFALL)).append("。")
                        .append(sentence(area)).append(sentence(area)).append(sentence(pick(AREAS)));
            }
            md.append("\n\n");
            if (pages > 10 && i % 2 == 1) numbered(md, area);
        }
        md.append("## 二、问题产生的原因\n\n");
        int causesEnd = start + target * 75 / 100;
        for (int i = 0; i < CAUSES.length && (i < 2 || md.length() < causesEnd); i++) {
            md.append("（").append(NUMS[i]).append("）").append(CAUSES[i]).append("。").append(sentence(pick(AREAS)))
                    .append(sentence(pick(AREAS))).append("\n\n");
        }
        md.append("## 三、整改措施\n\n");
        int end = start + target;
        for (int i = 0; i < NUMS.length && (i < 2 || md.length() < end); i++) {
            String area = pick(AREAS);
            md.append("（").append(NUMS[i]).append("）在").append(area).append("上持续用力。")
                    .append(pick(MEASURES).replace("{a}", area).replace("{o}", pick(OBJECTS))).append("，")
                    .append(pick(MEASURES).replace("{a}", pick(AREAS)).replace("{o}", pick(OBJECTS))).append("，力争")
                    .append(year + 1).append("年").append(3 + random.nextInt(10)).append("月底前见到实效。")
                    .append(sentence(area)).append("\n\n");
        }
    }

    /** Level-3 items, {@code 1.…}, as long reports list their cases. */
    private void numbered(StringBuilder md, String area) {
        for (int k = 1; k <= 3; k++) {
            md.append(k).append(".").append(pick(OBJECTS)).append("方面。").append(sentence(area)).append(sentence(area)).append("\n\n");
        }
    }

    private String sentence(String area) {
        String place = pick(PLACE) + pick(PLACE) + (random.nextBoolean() ? "村" : "社区");
        return switch (random.nextInt(6)) {
            case 0 -> "比如在" + place + "推进" + pick(OBJECTS) + "时，" + pick(DOING) + "不够及时，群众等了" + (2 + random.nextInt(9)) + "个月才见到变化。";
            case 1 -> "全年围绕" + area + "召开专题会议" + (3 + random.nextInt(20)) + "次，但研究" + pick(OBJECTS) + "等具体问题少，" + pick(SHORTFALL) + "。";
            case 2 -> "对" + pick(OBJECTS) + "和" + pick(OBJECTS) + "的短板弱项掌握不全面，有的数据停留在" + (2015 + random.nextInt(8)) + "年的台账上。";
            case 3 -> "到" + place + "走访时发现，" + pick(OBJECTS) + "的管护责任没有落到人头，反映的问题有" + (1 + random.nextInt(9)) + "件至今未办结。";
            case 4 -> "在" + area + "工作中习惯于开会、发文、听汇报，深入一线解剖麻雀少，对" + pick(OBJECTS) + "跟踪问效不到位。";
            default -> "对照" + area + "的目标任务，" + pick(OBJECTS) + "完成率只有" + (55 + random.nextInt(40)) + "%，与群众期盼相比还有差距。";
        };
    }

    private String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }
}
