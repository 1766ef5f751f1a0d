-- The 2022-32 profile of Health Information Technologists and Medical Registrars (SOC 29-9021)
-- as published at https://www.bls.gov/ooh/healthcare/health-information-technologists-and-medical-registrars.htm
-- (last modified September 6, 2023), with the four similar occupations as far as that page describes them.

insert into occupation_group (slug, title, position) values ('healthcare', 'Healthcare', 1);
insert into occupation_group (slug, title, position) values ('management', 'Management', 2);

insert into occupation (slug, group_id, title, singular_title, plural_noun, other_name, soc_code, profile_loaded,
    summary_duties, entry_education, work_experience, on_the_job_training,
    median_pay_annual, median_pay_hourly, wage_p10_annual, wage_p90_annual, wages_reference_date,
    employment_base_year, employment, projection_end_year, projected_employment,
    outlook_percent, outlook_descriptor, employment_change, openings_per_year,
    source_url, video_transcript_url, onet_title, onet_url, citation_visited_date, last_modified_date)
values ('health-information-technologists-and-medical-registrars',
    (select id from occupation_group where slug = 'healthcare'),
    'Health Information Technologists and Medical Registrars',
    'Health Information Technologist or Medical Registrar',
    'health information technologists and medical registrars',
    null, '29-9021', true,
    'Health information technologists and medical registrars advise organizations on computerized healthcare systems and analyze clinical data.',
    'ASSOCIATE', 'NONE', 'NONE',
    58250, 28.01, 34970, 103380, date '2022-05-01',
    2022, 37900, 2032, 44100,
    16, 'MUCH_FASTER', 6200, 3100,
    'https://www.bls.gov/ooh/healthcare/health-information-technologists-and-medical-registrars.htm',
    'https://www.youtube.com/watch?v=UNnZ3HhoEEA',
    'Health Information Technologists and Medical Registrars',
    'https://www.onetonline.org/link/summary/29-9021.00',
    date '2024-03-13', date '2023-09-06');

insert into occupation (slug, group_id, title, plural_noun, other_name, profile_loaded, summary_duties,
    entry_education, median_pay_annual, wages_reference_date, source_url)
values ('medical-and-health-services-managers', (select id from occupation_group where slug = 'management'),
    'Medical and Health Services Managers', 'medical and health services managers', null, false,
    'Medical and health services managers plan, direct, and coordinate the business activities of healthcare providers.',
    'BACHELOR', 104830, date '2022-05-01',
    'https://www.bls.gov/ooh/management/medical-and-health-services-managers.htm');

insert into occupation (slug, group_id, title, plural_noun, other_name, profile_loaded, summary_duties,
    entry_education, median_pay_annual, wages_reference_date, source_url)
values ('medical-assistants', (select id from occupation_group where slug = 'healthcare'),
    'Medical Assistants', 'medical assistants', null, false,
    'Medical assistants complete administrative and clinical tasks, such as scheduling appointments and taking patients’ vital signs.',
    'POSTSECONDARY_NONDEGREE', 38270, date '2022-05-01',
    'https://www.bls.gov/ooh/healthcare/medical-assistants.htm');

insert into occupation (slug, group_id, title, plural_noun, other_name, profile_loaded, summary_duties,
    entry_education, median_pay_annual, wages_reference_date, source_url)
values ('medical-records-and-health-information-technicians', (select id from occupation_group where slug = 'healthcare'),
    'Medical Records Specialists', 'medical records specialists',
    'Medical records and health information technicians', false,
    'Medical records specialists compile, process, and maintain patient files.',
    'POSTSECONDARY_NONDEGREE', 47180, date '2022-05-01',
    'https://www.bls.gov/ooh/healthcare/medical-records-and-health-information-technicians.htm');

insert into occupation (slug, group_id, title, plural_noun, other_name, profile_loaded, summary_duties,
    entry_education, median_pay_annual, wages_reference_date, source_url)
values ('medical-transcriptionists', (select id from occupation_group where slug = 'healthcare'),
    'Medical Transcriptionists', 'medical transcriptionists', null, false,
    'Medical transcriptionists use electronic devices to convert voice recordings from physicians and other healthcare workers into formal reports.',
    'POSTSECONDARY_NONDEGREE', 34730, date '2022-05-01',
    'https://www.bls.gov/ooh/healthcare/medical-transcriptionists.htm');

-- Summary tab: the summary of each tab
insert into tab_summary (occupation_id, tab, position, text)
select o.id, s.tab, s.position, s.text
from occupation o,
(values
    ('WHAT_THEY_DO', 1, 'Health information technologists and medical registrars advise organizations on computerized healthcare systems and analyze clinical data.'),
    ('WORK_ENVIRONMENT', 1, 'Health information technologists and medical registrars usually work in an office setting and may spend many hours at a computer. Most work full time.'),
    ('HOW_TO_BECOME_ONE', 1, 'Education requirements for health information technologists and medical registrars vary. Some workers typically need an associate’s degree; others need a bachelor’s or higher degree. Certification may be required or preferred.'),
    ('PAY', 1, 'The median annual wage for health information technologists and medical registrars was $58,250 in May 2022.'),
    ('JOB_OUTLOOK', 1, 'Employment of health information technologists and medical registrars is projected to grow 16 percent from 2022 to 2032, much faster than the average for all occupations.'),
    ('JOB_OUTLOOK', 2, 'About 3,100 openings for health information technologists and medical registrars are projected each year, on average, over the decade. Many of those openings are expected to result from the need to replace workers who transfer to different occupations or exit the labor force, such as to retire.'),
    ('STATE_AND_AREA_DATA', 1, 'Explore resources for employment and wages by state and area for health information technologists and medical registrars.'),
    ('SIMILAR_OCCUPATIONS', 1, 'Compare the job duties, education, job growth, and pay of health information technologists and medical registrars with similar occupations.'),
    ('MORE_INFORMATION', 1, 'Learn more about health information technologists and medical registrars by visiting additional resources, including O*NET, a source on key characteristics of workers and occupations.')
) as s (tab, position, text)
where o.slug = 'health-information-technologists-and-medical-registrars';

-- The narrative of each tab
insert into narrative_block (occupation_id, tab, position, kind, label, text)
select o.id, b.tab, b.position, b.kind, b.label, b.text
from occupation o,
(values
    ('WHAT_THEY_DO', 1, 'PHOTO', 'Health information technologists and medical registrars', 'Health information technologists and medical registrars help to design and develop electronic healthcare systems.'),
    ('WHAT_THEY_DO', 2, 'PARAGRAPH', null, 'Health information technologists and medical registrars advise organizations on computerized healthcare systems and analyze clinical data.'),
    ('WHAT_THEY_DO', 3, 'HEADING', null, 'Duties'),
    ('WHAT_THEY_DO', 4, 'PARAGRAPH', null, 'Health information technologists and medical registrars typically do the following:'),
    ('WHAT_THEY_DO', 5, 'LIST_ITEM', null, 'Help to determine requirements for computerized healthcare systems'),
    ('WHAT_THEY_DO', 6, 'LIST_ITEM', null, 'Evaluate and support implementation of health information systems'),
    ('WHAT_THEY_DO', 7, 'LIST_ITEM', null, 'Organize and update information in clinical databases or registries'),
    ('WHAT_THEY_DO', 8, 'LIST_ITEM', null, 'Compile data and generate reports, such as for disease registry or treatment'),
    ('WHAT_THEY_DO', 9, 'LIST_ITEM', null, 'Track patient outcomes for quality assessment'),
    ('WHAT_THEY_DO', 10, 'LIST_ITEM', null, 'Validate the integrity of patient data'),
    ('WHAT_THEY_DO', 11, 'LIST_ITEM', null, 'Ensure privacy, security, and confidentiality of patients'' health information'),
    ('WHAT_THEY_DO', 12, 'PARAGRAPH', null, 'Health information technologists and medical registrars help to design and develop electronic healthcare systems. They abstract, collect, and analyze clinical data related to medical treatment, followup, and results. Their work supports the delivery and improvement of patient care.'),
    ('WHAT_THEY_DO', 13, 'PARAGRAPH', null, 'Health information technologists apply their knowledge of information technology (IT) and healthcare concepts in a variety of ways. Some specialize in the electronic health records systems used for storing and retrieving patient data, which may include implementing the systems and educating staff on their use. Others analyze healthcare data for a range of purposes, such as for research or to evaluate programs and services.'),
    ('WHAT_THEY_DO', 14, 'PARAGRAPH', null, 'Medical registrars create and maintain databases of information, such as those used to track a particular disease or condition. For example, cancer registrars collect and analyze information for facility, regional, and national databases of cancer patients. They review patients’ records and pathology reports to verify completeness and accuracy; assign classification codes to represent the diagnosis and treatment of cancers and benign tumors; and track treatment, survival, and recovery.'),
    ('WHAT_THEY_DO', 15, 'PARAGRAPH', null, 'For information about workers who compile, process, and maintain patient files, see the profile for medical records specialists.'),

    ('WORK_ENVIRONMENT', 1, 'PHOTO', 'Health information technologists and medical registrars', 'Health information technologists and medical registrars may spend many hours at a computer.'),
    ('WORK_ENVIRONMENT', 2, 'PARAGRAPH', null, 'Health information technologists and medical registrars held about 37,900 jobs in 2022. The largest employers of health information technologists and medical registrars were as follows:'),
    ('WORK_ENVIRONMENT', 3, 'EXHIBIT', 'INDUSTRY_EMPLOYMENT', null),
    ('WORK_ENVIRONMENT', 4, 'PARAGRAPH', null, 'Health information technologists and medical registrars usually work in an office setting and may spend many hours at a computer.'),
    ('WORK_ENVIRONMENT', 5, 'HEADING', null, 'Work Schedules'),
    ('WORK_ENVIRONMENT', 6, 'PARAGRAPH', null, 'Most health information technologists and medical registrars work full time.'),

    ('HOW_TO_BECOME_ONE', 1, 'PHOTO', 'Health information technologists and medical registrars', 'Health information technologists and medical registrars typically need at least an associate''s degree.'),
    ('HOW_TO_BECOME_ONE', 2, 'PARAGRAPH', null, 'Education requirements for health information technologists and medical registrars vary. Some workers typically need an associate’s degree; others may need a bachelor’s or higher degree. Certification may be required or preferred.'),
    ('HOW_TO_BECOME_ONE', 3, 'HEADING', null, 'Education'),
    ('HOW_TO_BECOME_ONE', 4, 'PARAGRAPH', null, 'Health information technologists and medical registrars typically need at least an associate’s degree to enter the occupation. Some positions require a bachelor’s or master’s degree.'),
    ('HOW_TO_BECOME_ONE', 5, 'PARAGRAPH', null, 'High school students interested in becoming a health information technologist or medical registrar may benefit from taking classes that include anatomy and physiology, biology, computer science, and math.'),
    ('HOW_TO_BECOME_ONE', 6, 'PARAGRAPH', null, 'A degree may be in health information management or another healthcare and related field or in nonmedical subjects, such as computer and information technology.'),
    ('HOW_TO_BECOME_ONE', 7, 'PARAGRAPH', null, 'The Commission on Accreditation for Health Informatics and Information Management accredits programs at the associate’s, bachelor’s, and master’s degree level. The National Cancer Registrars Association accredits programs in cancer registry management. Programs may include courses in medical terminology, health data requirements, medical ethics, and classification and coding systems.'),
    ('HOW_TO_BECOME_ONE', 8, 'HEADING', null, 'Licenses, Certifications, and Registrations'),
    ('HOW_TO_BECOME_ONE', 9, 'PARAGRAPH', null, 'Employers may prefer to hire health information technologists and medical registrars who have certification, or they may expect applicants to earn certification after being hired.'),
    ('HOW_TO_BECOME_ONE', 10, 'PARAGRAPH', null, 'Credentials for a variety of specializations are available from professional organizations. For example, certifications from the American Health Information Management Association include the Registered Health Information Technician (RHIT), the Certified Documentation Improvement Practitioner (CDIP), and the Certified Health Data Analyst (CHDA). Individuals may hold multiple certifications.'),
    ('HOW_TO_BECOME_ONE', 11, 'PARAGRAPH', null, 'Cancer registrars may need the Certified Tumor Registrar (CTR) credential. This certification requires completion of a formal education program and experience, along with passing an exam.'),
    ('HOW_TO_BECOME_ONE', 12, 'HEADING', null, 'Advancement'),
    ('HOW_TO_BECOME_ONE', 13, 'PARAGRAPH', null, 'Health information technologists and medical registrars sometimes advance to become medical and health services managers. Employers may require that workers seeking to advance have a higher level certification or a bachelor’s or master’s degree in health information management or a related field.'),
    ('HOW_TO_BECOME_ONE', 14, 'HEADING', null, 'Important Qualities'),
    ('HOW_TO_BECOME_ONE', 15, 'QUALITY', 'Analytical skills.', 'Health information technologists and medical registrars must be able to interpret data and use their findings to suggest improvements.'),
    ('HOW_TO_BECOME_ONE', 16, 'QUALITY', 'Detail oriented.', 'To ensure accuracy, health information technologists and medical registrars need to be precise when working with clinical data.'),
    ('HOW_TO_BECOME_ONE', 17, 'QUALITY', 'Integrity.', 'Health information technologists and medical registrars must exercise discretion and act ethically when working with patient data to protect patient confidentiality, as required by law.'),
    ('HOW_TO_BECOME_ONE', 18, 'QUALITY', 'Interpersonal skills.', 'Health information technologists and medical registrars must collaborate with other members of the healthcare team.'),
    ('HOW_TO_BECOME_ONE', 19, 'QUALITY', 'Problem-solving skills.', 'These workers must be able to identify and address issues related to the use of healthcare information systems.'),

    ('PAY', 1, 'EXHIBIT', 'WAGE_CHART', null),
    ('PAY', 2, 'PARAGRAPH', null, 'The median annual wage for health information technologists and medical registrars was $58,250 in May 2022. The median wage is the wage at which half the workers in an occupation earned more than that amount and half earned less. The lowest 10 percent earned less than $34,970, and the highest 10 percent earned more than $103,380.'),
    ('PAY', 3, 'PARAGRAPH', null, 'In May 2022, the median annual wages for health information technologists and medical registrars in the top industries in which they worked were as follows:'),
    ('PAY', 4, 'EXHIBIT', 'INDUSTRY_WAGES', null),
    ('PAY', 5, 'PARAGRAPH', null, 'Most health information technologists and medical registrars work full time.'),

    ('JOB_OUTLOOK', 1, 'EXHIBIT', 'OUTLOOK_CHART', null),
    ('JOB_OUTLOOK', 2, 'PARAGRAPH', null, 'Employment of health information technologists and medical registrars is projected to grow 16 percent from 2022 to 2032, much faster than the average for all occupations.'),
    ('JOB_OUTLOOK', 3, 'PARAGRAPH', null, 'About 3,100 openings for health information technologists and medical registrars are projected each year, on average, over the decade. Many of those openings are expected to result from the need to replace workers who transfer to different occupations or exit the labor force, such as to retire.'),
    ('JOB_OUTLOOK', 4, 'HEADING', null, 'Employment'),
    ('JOB_OUTLOOK', 5, 'PARAGRAPH', null, 'The volume of electronic health information generated by healthcare providers and patients continues to grow. As a result, more health information technologists will be needed to analyze these vast quantities of data and offer insight to help make informed decisions.'),
    ('JOB_OUTLOOK', 6, 'PARAGRAPH', null, 'Similarly, the increasing availability of medical data will contribute to more demand for medical registrars to update clinical registries, abstract relevant details, and convert data into meaningful information. Organizations continue to rely on these workers for insight into improving the quality of care, to control costs, and for other purposes.'),
    ('JOB_OUTLOOK', 7, 'EXHIBIT', 'PROJECTIONS', null),

    ('SIMILAR_OCCUPATIONS', 1, 'PARAGRAPH', null, 'This table shows a list of occupations with job duties that are similar to those of health information technologists and medical registrars.'),
    ('SIMILAR_OCCUPATIONS', 2, 'EXHIBIT', 'SIMILAR_OCCUPATIONS', null)
) as b (tab, position, kind, label, text)
where o.slug = 'health-information-technologists-and-medical-registrars';

insert into industry_employment (occupation_id, position, industry, share_percent)
select o.id, r.position, r.industry, r.share_percent
from occupation o,
(values
    (1, 'Hospitals; state, local, and private', 50),
    (2, 'Offices of physicians', 7),
    (3, 'Management of companies and enterprises', 7),
    (4, 'Professional, scientific, and technical services', 7),
    (5, 'Administrative and support services', 5)
) as r (position, industry, share_percent)
where o.slug = 'health-information-technologists-and-medical-registrars';

insert into industry_wage (occupation_id, position, industry, median_wage_annual)
select o.id, r.position, r.industry, r.median_wage_annual
from occupation o,
(values
    (1, 'Management of companies and enterprises', 73150),
    (2, 'Professional, scientific, and technical services', 65150),
    (3, 'Administrative and support services', 59760),
    (4, 'Hospitals; state, local, and private', 57920),
    (5, 'Offices of physicians', 48630)
) as r (position, industry, median_wage_annual)
where o.slug = 'health-information-technologists-and-medical-registrars';

insert into wage_comparison (occupation_id, position, label, median_wage_annual, is_subject)
select o.id, r.position, r.label, r.median_wage_annual, r.is_subject
from occupation o,
(values
    (1, 'Health information technologists and medical registrars', 58250, true),
    (2, 'Other healthcare practitioners and technical occupations', 57740, false),
    (3, 'Total, all occupations', 46310, false)
) as r (position, label, median_wage_annual, is_subject)
where o.slug = 'health-information-technologists-and-medical-registrars';

insert into outlook_comparison (occupation_id, position, label, percent_change, is_subject)
select o.id, r.position, r.label, r.percent_change, r.is_subject
from occupation o,
(values
    (1, 'Health information technologists and medical registrars', 16, true),
    (2, 'Other healthcare practitioners and technical occupations', 11, false),
    (3, 'Total, all occupations', 3, false)
) as r (position, label, percent_change, is_subject)
where o.slug = 'health-information-technologists-and-medical-registrars';

insert into projection_row (occupation_id, position, title, soc_code, employment_base, employment_projected,
    change_percent, change_numeric, data_url)
select o.id, 1, 'Health information technologists and medical registrars', '29-9021', 37900, 44100, 16, 6200,
    'https://www.bls.gov/emp/tables/industry-occupation-matrix-occupation.htm'
from occupation o
where o.slug = 'health-information-technologists-and-medical-registrars';

insert into state_area_resource (occupation_id, position, title, description, link_text, url)
select o.id, r.position, r.title, r.description, r.link_text, r.url
from occupation o,
(values
    (1, 'Occupational Employment and Wage Statistics (OEWS)',
        'The Occupational Employment and Wage Statistics (OEWS) program produces employment and wage estimates annually for over 800 occupations. These estimates are available for the nation as a whole, for individual states, and for metropolitan and nonmetropolitan areas. The link(s) below go to OEWS data maps for employment and wages by state and area.',
        'Health Information Technologists and Medical Registrars', 'https://www.bls.gov/oes/current/oes299021.htm'),
    (2, 'Projections Central',
        'Occupational employment projections are developed for all states by Labor Market Information (LMI) or individual state Employment Projections offices. All state projections data are available at www.projectionscentral.org. Information on this site allows projected employment growth for an occupation to be compared among states or to be compared within one state. In addition, states may produce projections for areas; there are links to each state’s websites where these data may be retrieved.',
        'Projections Central', 'https://www.projectionscentral.org/'),
    (3, 'CareerOneStop',
        'CareerOneStop includes hundreds of occupational profiles with data available by state and metro area. There are links in the left-hand side menu to compare occupational employment by state and occupational wages by local area or metro area. There is also a salary info tool to search for wages by zip code.',
        'CareerOneStop', 'https://www.careeronestop.org/')
) as r (position, title, description, link_text, url)
where o.slug = 'health-information-technologists-and-medical-registrars';

insert into contact (occupation_id, position, introduction, organization, url)
select o.id, r.position, r.introduction, r.organization, r.url
from occupation o,
(values
    (1, 'For more information about health information technologists and medical registrars, including details about certification, visit',
        'American Health Information Management Association', 'https://www.ahima.org/'),
    (2, 'For a list of accredited training programs, visit',
        'Commission on Accreditation for Health Informatics and Information Management Education', 'https://www.cahiim.org/'),
    (3, 'For more information about cancer registrars, including certification requirements and accredited training programs, visit',
        'National Cancer Registrars Association', 'https://www.ncra-usa.org/')
) as r (position, introduction, organization, url)
where o.slug = 'health-information-technologists-and-medical-registrars';

insert into similar_occupation (occupation_id, position, similar_occupation_id)
select o.id, r.position, s.id
from occupation o,
(values
    (1, 'medical-and-health-services-managers'),
    (2, 'medical-assistants'),
    (3, 'medical-records-and-health-information-technicians'),
    (4, 'medical-transcriptionists')
) as r (position, slug)
join occupation s on s.slug = r.slug
where o.slug = 'health-information-technologists-and-medical-registrars';

insert into glossary_term (slug, kind, term, definition, position) values
    ('what-they-do', 'TAB', 'What They Do', 'The What They Do tab describes the typical duties and responsibilities of workers in the occupation, including what tools and equipment they use and how closely they are supervised. This tab also covers different types of occupational specialties.', 1),
    ('work-environment', 'TAB', 'Work Environment', 'The Work Environment tab includes the number of jobs held in the occupation and describes the workplace, the level of physical activity expected, and typical hours worked. It may also discuss the major industries that employed the occupation. This tab may also describe opportunities for part-time work, the amount and type of travel required, any safety equipment that is used, and the risk of injury that workers may face.', 2),
    ('how-to-become-one', 'TAB', 'How to Become One', 'The How to Become One tab describes how to prepare for a job in the occupation. This tab can include information on education, training, work experience, licensing and certification, and important qualities that are required or helpful for entering or working in the occupation.', 3),
    ('pay', 'TAB', 'Pay', 'The Pay tab describes typical earnings and how workers in the occupation are compensated—annual salaries, hourly wages, commissions, tips, or bonuses. Within every occupation, earnings vary by experience, responsibility, performance, tenure, and geographic area. For most profiles, this tab has a table with wages in the major industries employing the occupation. It does not include pay for self-employed workers, agriculture workers, or workers in private households because these data are not collected by the Occupational Employment and Wage Statistics (OEWS) survey, the source of BLS wage data in the OOH.', 4),
    ('state-and-area-data', 'TAB', 'State & Area Data', 'The State and Area Data tab provides links to state and area occupational data from the Occupational Employment and Wage Statistics (OEWS) program, state projections data from Projections Central, and occupational information from the Department of Labor''s CareerOneStop.', 5),
    ('job-outlook', 'TAB', 'Job Outlook', 'The Job Outlook tab describes the factors that affect employment growth or decline in the occupation, and in some instances, describes the relationship between the number of job seekers and the number of job openings.', 6),
    ('similar-occupations', 'TAB', 'Similar Occupations', 'The Similar Occupations tab describes occupations that share similar duties, skills, interests, education, or training with the occupation covered in the profile.', 7),
    ('more-information', 'TAB', 'Contacts for More Information', 'The More Information tab provides the Internet addresses of associations, government agencies, unions, and other organizations that can provide additional information on the occupation. This tab also includes links to relevant occupational information from the Occupational Information Network (O*NET).', 8),
    ('median-pay', 'TERM', '2022 Median Pay', 'The wage at which half of the workers in the occupation earned more than that amount and half earned less. Median wage data are from the BLS Occupational Employment and Wage Statistics survey. In May 2022, the median annual wage for all workers was $46,310.', 9),
    ('on-the-job-training', 'TERM', 'On-the-job Training', 'Additional training needed (postemployment) to attain competency in the skills needed in this occupation.', 10),
    ('entry-level-education', 'TERM', 'Entry-level Education', 'Typical level of education that most workers need to enter this occupation.', 11),
    ('work-experience', 'TERM', 'Work experience in a related occupation', 'Work experience that is commonly considered necessary by employers, or is a commonly accepted substitute for more formal types of training or education.', 12),
    ('number-of-jobs', 'TERM', 'Number of Jobs, 2022', 'The employment, or size, of this occupation in 2022, which is the base year of the 2022-32 employment projections.', 13),
    ('job-outlook-rate', 'TERM', 'Job Outlook, 2022-32', 'The projected percent change in employment from 2022 to 2032. The average growth rate for all occupations is 3 percent.', 14),
    ('employment-change', 'TERM', 'Employment Change, 2022-32', 'The projected numeric change in employment from 2022 to 2032.', 15),
    ('employment-change-projected', 'TERM', 'Employment Change, projected 2022-32', 'The projected numeric change in employment from 2022 to 2032.', 16),
    ('growth-rate-projected', 'TERM', 'Growth Rate (Projected)', 'The percent change of employment for each occupation from 2022 to 2032.', 17),
    ('projected-new-jobs', 'TERM', 'Projected Number of New Jobs', 'The projected numeric change in employment from 2022 to 2032.', 18),
    ('projected-growth-rate', 'TERM', 'Projected Growth Rate', 'The projected percent change in employment from 2022 to 2032.', 19);
